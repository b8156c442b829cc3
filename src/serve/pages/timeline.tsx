// A timeline: each item is a fact in one line; opening it shows the sentence it was read from.
import type { FC } from 'hono/jsx';
import type { TimelineItem } from '../data/timeline.js';
import { Badge, DateText, sourceHref } from './layout.js';

export const Timeline: FC<{ items: readonly TimelineItem[]; label: string }> = ({ items, label }) => (
  <ol class="timeline" aria-label={label}>
    {items.map((item) => (
      <li class={item.kind} id={item.id}>
        <details class="evidence">
          <summary>
            <DateText date={item.date} /> <Badge kind={item.kind} /> {item.title}
          </summary>
          {item.source ? (
            <div>
              <blockquote class="sentence">{item.source.text}</blockquote>
              <a href={sourceHref(item.source)}>
                {item.source.document}, sentence {item.source.sentence + 1}
              </a>
            </div>
          ) : (
            <p>No source sentence is stored for this fact.</p>
          )}
        </details>
      </li>
    ))}
  </ol>
);
