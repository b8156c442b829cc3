// Which hosts a fetch may connect to: public unicast addresses only, unless private ones are allowed
// (--allow-private). A URL given on the command line or found in a feed could otherwise make Readout
// read a loopback service, the cloud's metadata address (169.254.169.254) or the local network.
// The address checked is the one connected to: a name is checked after it resolves (every address it
// resolves to, at connection time, so a name that resolves to a public address when first looked up
// and a private one later gains nothing), a literal address as it is, on every redirect hop alike.
// ipaddr.js classifies the addresses (IPv4-mapped IPv6 read as the IPv4 address they carry).
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { buildConnector } from 'undici';

/** The range an address falls in when it is not a public one ("loopback", "private", "linkLocal"…), or null. */
export function nonPublicRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  return range === 'unicast' ? null : range;
}

export class PrivateAddressError extends Error {
  constructor(host: string, address: string, range: string) {
    super(`${host === address ? address : `${host} resolves to ${address}`}, a ${range} address: not fetched (--allow-private allows it)`);
    this.name = 'PrivateAddressError';
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** dns.lookup, failing when any address the name resolves to is not public. */
function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    for (const { address } of addresses) {
      const range = nonPublicRange(address);
      if (range) return callback(Object.assign(new PrivateAddressError(hostname, address, range), { code: 'EPRIVATE' }), []);
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    return first ? callback(null, first.address, first.family) : callback(Object.assign(new Error(`${hostname}: no address`), { code: 'ENOTFOUND' }), []);
  });
}

/** undici's connector, refusing hosts whose address is not public (unless `allowPrivate`). */
export function guardedConnector(options: { readonly timeoutMs: number; readonly allowPrivate: boolean }): buildConnector.connector {
  if (options.allowPrivate) return buildConnector({ timeout: options.timeoutMs });
  const connect = buildConnector({ timeout: options.timeoutMs, lookup: guardedLookup });
  return (request, callback) => {
    // A literal address is not looked up: it is checked here ([::1] without its brackets).
    const host = request.hostname.replace(/^\[(.*)\]$/, '$1');
    const range = isIP(host) ? nonPublicRange(host) : null;
    if (range) return callback(new PrivateAddressError(host, host, range), null);
    return connect(request, callback);
  };
}
