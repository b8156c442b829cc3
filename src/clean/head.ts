// The head of a page: what sits above the lead paragraph. Portals and agencies print, in any order,
// a section label ("World", "Foreign visits"), a masthead, the headline (sometimes with " – Publisher"
// after it, sometimes twice), a standfirst, a photo caption, a byline, a date stamp or the period of
// a visit ("08.03.2022 - 09.03.2022"). Each line of the head is classified by one rule; the first
// line that reads as body text (or opens with a dateline) is the lead, and the encounter it reports
// is the text's main one.
import { isFurnitureLine } from './boilerplate.js';
import {
  datelineOf,
  headlineOf,
  MONTH_NAMES,
  newsAgencyState,
  publishedLine,
  publishedMonthLine,
  SHARING_WIDGETS,
  statedDate,
  type Dateline,
} from './fields.js';

export interface Head {
  readonly title: string | null;
  readonly published: string | null;
  /** A labelled stamp with a month and no day ("date 2025-04"), as YYYY-MM. */
  readonly publishedMonth: string | null;
  readonly dateline: Dateline | null;
  /** A publisher named by the head: a masthead, a headline suffix ("… – MercoPress"), a byline agency. */
  readonly publisher: string | null;
  /** A period printed under the headline ("08.03.2022 - 09.03.2022"): the dates of what the page reports. */
  readonly period: { readonly from: string; readonly to: string } | null;
  /** Index of the lead's line in `lines`, or -1 when the text has no head to speak of. */
  readonly leadLine: number;
  /** The lines with the head's furniture removed (same length: removed lines are empty). */
  readonly lines: readonly string[];
}

/** How many non-empty lines the head may take before the lead must have begun. */
const HEAD_LINES = 10;
const TIME_ONLY = /^\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?$/;
const MASTHEAD =
  /^(?:President|Prime Minister|Government) of (?:the )?[A-Z]|\b(?:Ministry|Government|Presidency|Press Service|Press Office|News Agency|Agency|Portal|Office of the|Embassy|Kremlin|Administration|Department of State|State Department|Foreign Office)\b/;
const ENCOUNTER_VERB = /\b(?:meets?|met|holds?|held|signs?|signed|visits?|receives?|received|talks|agree|agrees|discuss|discusses)\b/i;
// "By Lee Haye-ah", "By Staff Report in International on 19 August 2022", "By Agência Brasil - Brasília".
// "By Jane Roe", "Published By : Admin | June 2, 2020 | 21:29 IST".
// "Author: Branko Lozančić", "Writer: …".
const BYLINE = /^(?:(?:(?:Published|Posted|Written|Edited|Reported)\s+)?By\s*:?|(?:Authors?|Writer|Reporter|Text)\s*:)\s+(.{2,80})$/i;
// "Yeshi Seli By": a reporter's name with the "By" a page printed after it.
const NAME_THEN_BY = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,3}\s+By$/u;
// "Express News Service": a wire or service named alone on its line.
const SERVICE_LINE = /^(?:\p{Lu}[\p{L}.&'’-]*\s+){1,3}(?:News\s+(?:Service|Agency|Network)|Press\s+(?:Service|Agency))$/u;
// A minister's opinion piece signed under its headline: "- The Hon Madeleine King MP, Minister for Resources" (kept: it names the author).
const SIGNED_BY_MEMBER = /^[-–—]\s*(?:The\s+)?Hon(?:ourable)?\.?\s+\p{Lu}[^.!?]{2,120}$/u;
// The name before a stamp's comma, after any sharing widgets: "0 Comment(s)Print E-mail Xinhua, April 29, 2012".
const WIRE_BEFORE_STAMP = new RegExp(String.raw`^\s*(?:${SHARING_WIDGETS})?(\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,2}),\s`, 'u');
const AGENCY_WORD = /\b(?:Agency|Agência|Agencia|Agence|News|Press|Service|Reuters|AFP|Xinhua|TASS|Bernama|Antara|Yonhap|Kyodo)\b/;
// A caption: a photo credit or a sentence describing a picture ("… THE CANADIAN PRESS/Justin Tang").
// (… or an agency's picture credit in brackets: "(Bernama pic)", "(Reuters photo)", or after the caption's full stop:
// "… at the Presidential Secretariat, Colombo today. Bernama Photo".)
const CAPTION =
  /[.!?]\s+\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*)?\s+(?:[Pp]hoto|PHOTO|[Pp]ic|[Pp]icture|[Ff]ile\s+[Pp]hoto)\s*$|\(\s*\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*)?\s+(?:pic|pix|photo|picture|file\s+photo)\s*\)\s*$|\b(?:Photo|Photograph|Image|Picture)\s*(?:credit|source)?\s*:|\b[A-Z]{2,}(?:\s[A-Z]{2,})*\/\s?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*\s*$|\(\s*(?:\p{Lu}{2,8}\s+)?(?:Photo|Credit)[^)]*\)\s*$|\.\s+[-–—]\s+(?:AFP|Reuters|AP|dpa|EPA|Xinhua|Anadolu|TASS|Bernama|Yonhap|Kyodo)\s*$|\(\p{Lu}[\p{L}]+\/\s?\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,3}\)\s*$|\b\p{Lu}{2,8}\s+(?:file\s+)?photo\s+(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})\s*$/u;
// "08.03.2022 - 09.03.2022", "4–6 May 2025" printed alone: a period, not the day of publication.
const PERIOD = /^\s*(\d{1,2}[./]\d{1,2}[./]\d{4})\s*[-–—]\s*(\d{1,2}[./]\d{1,2}[./]\d{4})\s*$/;
// The marker Vietnamese portals leave where an image stood ("hình ảnh 1", "image 1"), and the caption run into it.
const IMAGE_MARKER = /\s+h[iì]nh\s+[aả]nh\s*\d+.*$/iu;
// A newspaper's or agency's name, a colon and a day alone on the line: "Sierra Leone Telegraph: 21 June 2022:".
const PUBLISHER_DAY =
  /^(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4}\s+(?:Telegraph|Times|Post|News|Herald|Tribune|Daily|Gazette|Journal|Observer|Guardian|Star|Mirror|Express|Chronicle|Standard|Nation|Monitor|Review|Independent|Agency|Press|Sun|Mail|Voice|Vanguard|Punch|Leader|Reporter))\s*:\s*(\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+,?\s+\d{4}|\p{Lu}\p{Ll}+\s+\d{1,2},?\s+\d{4})\s*:?$/u;
const OFFICE_DAY =
  /^((?:Ministry|Office|Department|Embassy|Presidency|Cabinet|Government|Prime\s+Minister['’]s\s+Office)\b[\p{L}'’.,& -]{3,80}?)\s*\[\s*((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?[\p{L}\d.,/ -]{6,30}?)\s*\]$/u;
// … or its initials in capitals, a colon and the day: "APS : MONDAY 13 JULY 2020", "WAM: 3 May 2024".
const INITIALS_DAY = /^(\p{Lu}{2,8})\s*:\s*(\S.{5,45})$/u;
// A place caption under a photo: "Muscat, Oman".
const PLACE_ONLY = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u;
// " – MercoPress", " | Steppe Herald", " - The Times of India": a publisher printed after the headline, a name in capitals
// (not the headline's own attribution: "… to reach $20 bln — Russian expert").
// (… also with the site's motto in another script after it: " | News.MN - Мэдээллийн эх сурвалж".)
const TITLE_SUFFIX =
  /\s+[–—|]\s+(\p{Lu}[\p{L}\d.&'’-]*(?:\s+(?:\p{Lu}[\p{L}\d.&'’-]*|[\d.&]+|of|the|and|for|de|du|des|la|le|el|al)){0,3})(?:\s+[–—|-]\s+[^\p{Script=Latin}\d]{2,60})?$/u;

function isMasthead(line: string): boolean {
  return MASTHEAD.test(line) && line.length <= 120 && !/[.!?]$/.test(line) && !ENCOUNTER_VERB.test(line);
}

// A section beside a time of posting or reading: "WORLD | Today 09:15", "Politics · 2 hours ago", "REGION | 3 min read",
// "Politics | Today, 09:15 | 1,204 views".
const POSTED = String.raw`(?:(?:Today|Yesterday)\b,?[\s\d:.APMapm]*|\d{1,2}[:.]\d{2}(?:\s*[AaPp][Mm])?|\d{1,3}\s+(?:mins?|minutes|hours?)\s+(?:ago|read)|[\d,.]+\s+(?:views|reads|comments))`;
const SECTION_AND_TIME = new RegExp(String.raw`^\p{Lu}[\p{L} &]{1,30}(?:\s*[|•·]\s*${POSTED})+\s*$`, 'u');

/** A short label over the headline ("World", "Foreign visits"): few words, no verb, no date. */
function isSectionLabel(line: string): boolean {
  if (SECTION_AND_TIME.test(line.trim())) return true;
  const words = line.trim().split(/\s+/);
  // Abbreviations are no sentence: "U.S. Politics", "F.P. Report".
  const plain = line.replace(/\b(?:\p{Lu}\.){1,3}/gu, 'X');
  return words.length <= 3 && !/[\d.!?:;,]/.test(plain) && /^\p{Lu}/u.test(line) && (words.length <= 2 || !ENCOUNTER_VERB.test(line));
}

/** A line that reads as a paragraph of the article, not a headline or a label. */
const TODAYS_EDITION = /^(?:today['’]s\s+(?:paper|edition|e-?paper|print\s+edition)|e-?paper|print\s+edition)\s*[|:–-]/i;

function isBody(line: string): boolean {
  const t = line.trim();
  // A headline may ask a question: "What was agreed at the meeting with the Serbian President?" (one
  // sentence, not long).
  if (/\?["”»']?$/.test(t) && t.length <= 160 && !/[.!?…]["”»']?\s/.test(t)) return false;
  // A closing quote ends a sentence only after a stop: a headline may end with a quoted title.
  return /[.!?…]["”»']?$/.test(t) || t.length > 200;
}

function dottedDate(text: string): string | null {
  return statedDate(text)?.date ?? null;
}

// ("Published the: 25/11/2017", "Published - July 27, 2018 08:49 pm IST - Johannesburg".)
const DATE_LABEL = String.raw`((?:first\s+)?(?:publish(?:ed)?|posted|created|updated|last updated)(?:\s+(?:on|in|date|the))?\s*(?::|[-–—](?=\s))|^\s*date\b)`;
const LABEL_ANYWHERE = new RegExp(String.raw`(?:^|\s)${DATE_LABEL}`, 'i');
// "New Delhi, First Published Mar 11, 2021, 2:27 PM IST": a label with no colon, the month's name right after it,
// opening a short line or after its dateline's comma.
const LABEL_BEFORE_MONTH =
  /^\s*(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*[,|]\s*)?((?:First\s+)?Published(?:\s+on)?)(?=\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d))/u;
// A site's short name printed twice, glued ("Asianet NewsableAsianet Newsable"), and a headline printed twice.
const DOUBLED_NAME = /^(\p{Lu}[\p{L}\d&'’.-]*(?: [\p{L}\d&'’.-]+){0,4})\s*\1$/u;
const DOUBLED_LINE = /^(\p{Lu}.{20,118}?)\s*\1$/u;
const LABEL_AT_START = new RegExp(String.raw`^\s*${DATE_LABEL}`, 'i');
const SOURCE_LINE = /^Source\s*:\s*(\p{Lu}[\p{L}\d .&'’-]{1,50})$/u;
// What follows a page's date stamp on its line: its source ("| Source: PTI").
const SOURCE_REST = /^\s*(?:IST|GMT|UTC|[A-Z]{2,4}T)?\s*[|·•-]?\s*Source\s*:\s*([\p{L}\d .&'’-]{2,40})\s*$/iu;
const LABEL_LINE = /^\s*(?:first\s+)?(?:published|posted|updated|last\s+updated)(?:\s+(?:on|date))?\s*:?\s*$/i;

/** A date the page labels as its publication ("Published: …", "Updated on: …"), anywhere near the top. */
function labelledDate(lines: readonly string[]): string | null {
  let updated: string | null = null;
  const top = lines.slice(0, 40);
  for (const [i, line] of top.entries()) {
    // "Published" on a line of its own, the date on the next: "Published\n16 April 2025, 11:11am".
    if (LABEL_LINE.test(line) && i + 1 < top.length) {
      const found = publishedLine(top[i + 1]!.trim());
      if (found && /updated/i.test(line)) updated ??= found.date;
      else if (found) return found.date;
      continue;
    }
    // At the start of a line, or inside a short byline line ("Edited by: … New Delhi Updated on: May 16, 2022"):
    // a paragraph is only read at its start.
    const at = (line.length > 200 ? LABEL_AT_START : LABEL_ANYWHERE).exec(line) ?? (line.length <= 120 ? LABEL_BEFORE_MONTH.exec(line) : null);
    if (!at) continue;
    const found = publishedLine(line.slice(at.index).trim());
    // The day a page was updated is its date only when it gives no day of publication ("Updated in: 28 February 2024" over "Publish Date: 12 March 2019").
    if (found && /updated/i.test(at[1]!)) updated ??= found.date;
    else if (found) return found.date;
  }
  return updated;
}

export function readHead(input: readonly string[], options: { hasTitle: boolean }): Head {
  const lines = [...input];
  // A labelled date beats an unlabelled one: a date printed over the page may be the day it was viewed.
  const labelled = labelledDate(lines);
  let title: string | null = null;
  let published: string | null = null;
  let publishedMonth: string | null = null;
  let dateline: Dateline | null = null;
  let publisher: string | null = null;
  let period: Head['period'] = null;
  let leadLine = -1;
  let titleLine = -1;
  let seen = 0;
  const nonEmptyAfter = (i: number): number => lines.findIndex((l, j) => j > i && l.trim() !== '');

  for (let i = 0; i < lines.length && seen < HEAD_LINES; i++) {
    let line = lines[i]!.trim();
    if (!line) continue;
    // "...", "* * *": a line of marks alone is furniture, no headline and no lead.
    if (!/[\p{L}\d]/u.test(line)) continue;
    seen++;
    if (!period) {
      const range = PERIOD.exec(line);
      if (range) {
        const from = dottedDate(range[1]!),
          to = dottedDate(range[2]!);
        if (from && to) {
          period = { from, to };
          continue; // the period stays in the text: it dates the encounter the page reports
        }
      }
    }
    // A newspaper's edition of the day the page was read ("Today's Paper | December 19, 2024"): no date of the article.
    if (TODAYS_EDITION.test(line)) {
      lines[i] = '';
      continue;
    }
    // A second date line under the first: furniture, not the headline.
    // (… also with its source after it: "Last Updated : Jun 08, 2019 07:50 PM IST | Source: PTI".)
    const again = published && title === null ? publishedLine(line) : null;
    const againSource = again ? SOURCE_REST.exec(again.rest) : null;
    if (again && (again.rest.trim() === '' || againSource)) {
      if (againSource) publisher ??= againSource[1]!.trim();
      lines[i] = '';
      continue;
    }
    // "Sierra Leone Telegraph: 21 June 2022:": a newspaper's name and the day, as a line of their own.
    const stamped: RegExpExecArray | null = !published ? PUBLISHER_DAY.exec(line.trim()) : null;
    const stampedDay: { date: string } | null = stamped ? statedDate(stamped[2]!) : null;
    if (stamped && stampedDay) {
      published = stampedDay.date;
      publisher ??= stamped[1]!.trim();
      lines[i] = '';
      continue;
    }
    // "Ministry of Foreign Affairs of Japan [Sunday, Aug 28, 2016]": an issuing office and its day in brackets.
    const office: RegExpExecArray | null = !published ? OFFICE_DAY.exec(line.trim()) : null;
    const officeDay: { date: string } | null = office ? statedDate(office[2]!) : null;
    if (office && officeDay) {
      published = officeDay.date;
      publisher ??= office[1]!.trim();
      lines[i] = '';
      continue;
    }
    const initials: RegExpExecArray | null = !published ? INITIALS_DAY.exec(line.trim()) : null;
    const initialsDay: { date: string; rest: string } | null = initials ? publishedLine(initials[2]!) : null;
    if (initials && initialsDay && initialsDay.rest.trim() === '') {
      published = initialsDay.date;
      // (The initials are the publisher only when they are a national agency's: "UPDATED: 14 May 2019" is a label.)
      if (newsAgencyState(initials[1]!) !== null) publisher ??= initials[1]!;
      lines[i] = '';
      continue;
    }
    if (!published) {
      const found = publishedLine(line);
      if (found) {
        published = found.date;
        const source = SOURCE_REST.exec(found.rest);
        if (source) publisher ??= source[1]!.trim();
        // ("Xinhua, April 29, 2012": a wire's name before the stamp.)
        const wire = WIRE_BEFORE_STAMP.exec(line);
        if (wire && AGENCY_WORD.test(wire[1]!)) publisher ??= wire[1]!;
        // (… nor the furniture printed after the stamp: "date 2022-01-06 Connect with us".)
        line = source || isFurnitureLine(found.rest.trim()) ? '' : found.rest.trim();
        lines[i] = line;
        if (!line) continue;
      }
      const month: { month: string; rest: string } | null = publishedMonth === null && !found ? publishedMonthLine(line) : null;
      if (month) {
        publishedMonth = month.month;
        line = month.rest.trim();
        lines[i] = line;
        if (!line) continue;
      }
    }
    // A time of day alone on its line ("8:27", "10:31 AM"), as portals print it under the date.
    if (TIME_ONLY.test(line)) {
      lines[i] = '';
      continue;
    }
    // "By" alone on its line, the name on the next: a byline split in two.
    if (/^By\s*:?$/i.test(line) && /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(lines[i + 1]?.trim() ?? '')) {
      lines[i] = '';
      lines[i + 1] = '';
      continue;
    }
    // "Source: Cameroon Tribune" alone on its line over the headline: the paper the page reprints, no headline.
    const source = title === null ? SOURCE_LINE.exec(line.trim()) : null;
    if (source) {
      publisher ??= source[1]!.trim();
      lines[i] = '';
      continue;
    }
    // "Yeshi Seli By": a reporter's name, no headline.
    if (NAME_THEN_BY.test(line.trim())) {
      lines[i] = '';
      continue;
    }
    // "Express News Service": a wire's name alone on its line, under a byline or over the dateline.
    const service = title === null ? SERVICE_LINE.exec(line.trim()) : null;
    if (service) {
      publisher ??= service[0];
      lines[i] = '';
      continue;
    }
    const byline = BYLINE.exec(line);
    if (byline && !isBody(line)) {
      const agency = /^(.+?)\s+[-–—]\s+\p{Lu}[\p{L}-]+$/u.exec(byline[1]!)?.[1] ?? byline[1]!;
      if (AGENCY_WORD.test(agency) && agency.split(/\s+/).length <= 4) publisher ??= agency.trim();
      published ??= statedDate(line)?.date ?? null;
      lines[i] = '';
      continue;
    }
    // "Asianet NewsableAsianet Newsable": a site's name printed twice (its logo's text and its name), no headline.
    const doubled = title === null && line.length <= 100 ? DOUBLED_NAME.exec(line) : null;
    if (doubled) {
      publisher ??= doubled[1]!.trim();
      lines[i] = '';
      continue;
    }
    // "Ruto and Samia sign trade dealRuto and Samia sign trade deal": a headline printed twice is the headline once.
    const twice = title === null && line.length <= 240 ? DOUBLED_LINE.exec(line) : null;
    if (twice) line = lines[i] = twice[1]!.trim();
    if (title === null && !options.hasTitle && isMasthead(line)) {
      const next = nonEmptyAfter(i);
      if (next > 0 && headlineOf(lines[next]!)) {
        publisher ??= line;
        lines[i] = '';
        continue;
      }
    }
    if (title === null && !options.hasTitle && isSectionLabel(line)) {
      const next = nonEmptyAfter(i);
      if (next > 0 && !isBody(lines[next]!) && !isSectionLabel(lines[next]!)) {
        lines[i] = '';
        continue;
      }
    }
    if (title !== null && line === title) {
      lines[i] = ''; // the headline printed twice
      continue;
    }
    const found = datelineOf(line);
    if (found) {
      dateline = found.dateline;
      // (A dateline's full date is the article's, over an unlabelled stamp a reposting page printed above it:
      // "• 2/10/2023" over "Muscat, Dec. 07, 2021, SPA --".)
      published = labelled === null ? (found.dateline.date ?? published) : (published ?? found.dateline.date);
      const rest = found.rest.trim();
      // "UZBEKISTAN, April 16 - The Presidents discuss …" with no headline yet: the rest is the headline.
      if (title === null && !options.hasTitle && rest && !isBody(rest) && headlineOf(rest) && nonEmptyAfter(i) > 0) {
        title = rest;
        titleLine = i;
        lines[i] = rest;
        continue;
      }
      lines[i] = found.rest;
      if (found.rest.trim()) leadLine = i;
      else continue; // a dateline on a line of its own ("ANKARA"): the lead is the next line
      break;
    }
    if (CAPTION.test(line) || PLACE_ONLY.test(line)) continue; // a caption stays in the text, but is not the lead
    // A notice in another script over an English page ("this post is available only in English", in the
    // language of the site that reposts it): furniture, not the lead.
    if (inOtherScript(line)) continue;
    // A headline that runs on into the page's stamp and byline, "S. Korea, Saudi sign MOU. October. 23, 2023 08:13. by
    // …", reads as a sentence: its stamp says it is none.
    const runOnStamp: RegExpExecArray | null = title === null && !options.hasTitle ? TITLE_MONTH_STAMP.exec(line) : null;
    if (runOnStamp && runOnStamp.index <= 200) {
      published ??= statedDate(runOnStamp[1]!.replace(/(\p{L}+)\./u, '$1'))?.date ?? null;
      title = line.slice(0, runOnStamp.index).trim();
      titleLine = i;
      lines[i] = title;
      continue;
    }
    if (isBody(line)) {
      leadLine = i;
      break;
    }
    if (title === null && !options.hasTitle) {
      const headline = headlineOf(line);
      const next = lines[i + 1];
      // … or right above the lead with no blank line between: a headline of a few words over a paragraph.
      const overLead = headline !== null && next !== undefined && isBody(next) && headline.split(/\s+/).length >= 4 && !isSectionLabel(line);
      // … or over a byline ("By Lee Haye-ah").
      const overByline =
        headline !== null &&
        next !== undefined &&
        (BYLINE.test(next.trim()) || NAME_THEN_BY.test(next.trim()) || SIGNED_BY_MEMBER.test(next.trim())) &&
        !isBody(next);
      // … or over the section's label and a byline ("National", then "By"): a headline of a few words.
      const overLabel =
        headline !== null &&
        next !== undefined &&
        isSectionLabel(next.trim()) &&
        /^By\b/i.test(lines[i + 2]?.trim() ?? '') &&
        headline.split(/\s+/).length >= 4;
      if (headline && (next === undefined || next.trim() === '' || publishedLine(next.trim()) !== null || overLead || overByline || overLabel)) {
        const suffix = TITLE_SUFFIX.exec(headline);
        title = suffix ? headline.slice(0, suffix.index) : headline;
        // "… visit to Vietnam hinh anh 1President X (L) and …": an image's marker and caption glued to the headline.
        title = title.replace(IMAGE_MARKER, '');
        if (suffix) publisher ??= suffix[1]!;
        // "Macron to visit Finland 23.8.2018 13:22": the page's stamp printed after the headline.
        const stamp = TITLE_STAMP.exec(title);
        if (stamp) {
          published ??= statedDate(stamp[1]!)?.date ?? null;
          title = title.slice(0, stamp.index);
        }
        titleLine = i;
        lines[i] = title;
        continue;
      }
    }
    // A standfirst or caption under the headline: content, but not yet the lead.
  }
  if (leadLine < 0) leadLine = lines.findIndex((l, i) => i !== titleLine && l.trim() !== '');
  published ??= labelled === null ? stampUnderStandfirst(lines, leadLine) : null;
  // "06/05/2025 07:02 PM" over "Taipei, June 5 (CNA)": a numeric stamp read day first, whose swapped reading is the
  // dateline's day, was written month first.
  if (published && dateline?.monthDay && labelled === null) published = monthFirstIfDateline(published, dateline.monthDay);
  // "07/10/2021 | 04:38am EDT" over a page that writes "July 10, 2021" at its foot: the stamp is month first.
  if (published && labelled === null) published = writtenOutSwap(published, lines) ?? published;
  const foot = (labelled ?? published) ? null : footStamp(lines.slice(leadLine + 1));
  // (… and a labelled one: "Published: 11/6/2017" under "Lima, Nov. 6.".)
  const monthFirst = (stamp: string | null): string | null => (stamp && dateline?.monthDay ? monthFirstIfDateline(stamp, dateline.monthDay) : stamp);
  return {
    title,
    published: monthFirst(labelled) ?? published ?? monthFirst(foot) ?? sourceStamp(lines),
    publishedMonth,
    dateline,
    publisher,
    period,
    leadLine,
    lines,
  };
}

/**
 * "Vatican official meets …\n\nThe Vatican's foreign minister met … (a standfirst)\n\nApr 19, 2024": a date alone on
 * one of the two lines after the first paragraph is the page's stamp under its standfirst; the line is emptied.
 */
/** A stamp read day first ("2017-06-11" from "11/6/2017") whose swapped reading is the dateline's day, read month first. */
function monthFirstIfDateline(stamp: string, monthDay: string): string {
  const [y, m, d] = stamp.split('-') as [string, string, string];
  return Number(d) <= 12 && m !== d && monthDay === `--${d}-${m}` ? `${y}-${d}-${m}` : stamp;
}

function stampUnderStandfirst(lines: string[], leadLine: number): string | null {
  let looked = 0;
  for (let i = leadLine + 1; i < lines.length && looked < 2; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    looked++;
    const found = line.length <= 60 ? publishedLine(line) : null;
    if (found && !found.rest.trim()) {
      lines[i] = '';
      return found.date;
    }
  }
  return null;
}

// A dotted date (day first, as European portals print it) and a clock time ending a headline line: the page's stamp.
const TITLE_STAMP = /\s+(\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)\s+\d{1,2}[:.]\d{2}\s*$/;
// A month's name (or its abbreviation) with its day and year, a clock, and a byline, after a headline's full stop.
const STAMP_MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const TITLE_MONTH_STAMP = new RegExp(
  // (A clock or a byline after the day, or both: "Oct. 14, 2024. By Anna Kovacs." — not a day of history alone, "… March 26, 1991.")
  String.raw`\.\s+(${STAMP_MONTH}\s+\d{1,2},\s+(?:19|20)\d\d|\d{1,2}\s+${STAMP_MONTH},?\s+(?:19|20)\d\d)(?:,?\s+\d{1,2}:\d{2}\.?(?:\s+[Bb]y\s+[^.@]{2,60}?(?:\s+\S+@\S+?)?\.?)?|\.\s+[Bb]y\s+[^.@]{2,60}?(?:\s+\S+@\S+?)?\.?)\s*$`,
  'u',
);

// "Source: Tanjug Monday, February 12, 2024 | 08:53": an agency's stamp with weekday, date and time, glued into
// a line of page furniture (a flattened page keeps it amid the teaser text). (The source may be a site: "Source: srbija.gov.rs",
// or several: "Source: B92, Novosti".)
const SOURCE_STAMP =
  /\bSource:\s+(?:\p{Lu}[\p{L}\d.-]*(?:,?\s+\p{Lu}[\p{L}\d.-]*){0,3}|[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.\p{Ll}{2,})\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+(?:19|20)\d\d)\s*\|\s*\d{1,2}:\d{2}\b/u;

/** The one agency stamp the first lines of the page hold, when nothing else dates it. */
function sourceStamp(lines: readonly string[]): string | null {
  const found = lines
    .slice(0, 12)
    .map((l) => SOURCE_STAMP.exec(l))
    .filter((m) => m !== null);
  return found.length === 1 ? (statedDate(found[0]![1]!)?.date ?? null) : null;
}

/** How many lines from the end a page's own date stamp may stand, under the text and a few links (lines after the lead only). */
const FOOT_LINES = 8;

/**
 * A date stamp at the foot of the page ("Official news 2024-01-23 12:05:00"), when the head has
 * none: a short line that is a date with at most a few words, and the only one there (a list of
 * related articles has a date on each line).
 */
function footStamp(lines: readonly string[]): string | null {
  const foot = lines.filter((l) => l.trim() !== '').slice(-FOOT_LINES);
  const stamps = foot
    .map((l) => l.trim())
    .filter((l) => l.length <= 60 && l.split(/\s+/).length <= 9)
    .flatMap((l) => publishedLine(l) ?? []);
  return stamps.length === 1 ? stamps[0]!.date : null;
}

/** Mostly letters of a script other than Latin: a line the English text does not consist of. */
function inOtherScript(line: string): boolean {
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  const latin = line.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters >= 10 && latin * 2 < letters;
}

/**
 * The other reading of a date whose day and month could be swapped (both 12 or less), when the page writes that reading
 * out in words ("July 10, 2021", "10 July 2021") and never the first: else null.
 */
function writtenOutSwap(date: string, lines: readonly string[]): string | null {
  const [y, m, d] = date.split('-') as [string, string, string];
  if (Number(d) > 12 || m === d) return null;
  const written = (month: string, day: string): RegExp => {
    const name = MONTH_NAMES[Number(month) - 1]!;
    return new RegExp(String.raw`\b(?:${name}\s+${Number(day)},?\s+${y}|${Number(day)}\s+${name},?\s+${y})\b`, 'i');
  };
  // (Only a stamp: a date alone on its line, or the day a page says it was published; a date in the body may be any
  // other day's.)
  const stamps = lines.filter((l) => l.trim().length <= 40 || /\bpublished\b/i.test(l)).join('\n');
  return written(d, m).test(stamps) && !written(m, d).test(stamps) ? `${y}-${d}-${m}` : null;
}
