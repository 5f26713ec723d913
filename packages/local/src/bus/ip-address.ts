// IPv4/IPv6 address and CIDR block parsing for the event-pattern `cidr` operator and IP-literal values.

export interface IpAddress {
  readonly version: 4 | 6;
  readonly value: bigint;
}

export interface CidrBlock {
  readonly version: 4 | 6;
  /** The address with its host bits shifted away, so containment is one shift and compare. */
  readonly network: bigint;
  readonly hostBits: bigint;
}

export type CidrParse = { readonly block: CidrBlock } | { readonly fault: string };

const IPV4_OCTET = /^\d{1,3}$/;
const IPV6_TEXT = /^[0-9a-fA-F:]+$/;
const IPV6_GROUP = /^[0-9a-fA-F]{1,4}$/;

/** Only plain dotted quads and colon-hex forms count, as in EventBridge: no zone ids, no embedded IPv4. */
export function parseIpAddress(text: string): IpAddress | undefined {
  return text.includes(":") ? parseIpv6(text) : parseIpv4(text);
}

export function sameAddress(a: IpAddress, b: IpAddress): boolean {
  return a.version === b.version && a.value === b.value;
}

export function inBlock(address: IpAddress, block: CidrBlock): boolean {
  return address.version === block.version && address.value >> block.hostBits === block.network;
}

export function parseCidr(text: string): CidrParse {
  const parts = text.split("/");
  if (parts.length !== 2) return { fault: 'needs exactly one "/", as in "10.0.0.0/24"' };
  const [ipText = "", bitsText = ""] = parts;
  const address = parseIpAddress(ipText);
  if (!address) return { fault: `has "${ipText}", which is not an IPv4 or IPv6 address` };
  if (!/^\d+$/.test(bitsText)) return { fault: "needs a whole number of mask bits after the /" };
  const width = address.version === 4 ? 32 : 128;
  const bits = Number(bitsText);
  // EventBridge's matcher cannot hold a one-address range, so it refuses /32 and /128.
  if (bits >= width) {
    const most = width - 1;
    return { fault: `has ${bits} mask bits; IPv${address.version} allows 0 to ${most} (list a single address as a plain string)` };
  }
  const hostBits = BigInt(width - bits);
  return { block: { version: address.version, network: address.value >> hostBits, hostBits } };
}

function parseIpv4(text: string): IpAddress | undefined {
  const octets = text.split(".");
  if (octets.length !== 4) return undefined;
  let value = 0n;
  for (const octet of octets) {
    if (!IPV4_OCTET.test(octet) || Number(octet) > 255) return undefined;
    value = (value << 8n) | BigInt(octet);
  }
  return { version: 4, value };
}

function parseIpv6(text: string): IpAddress | undefined {
  if (!IPV6_TEXT.test(text)) return undefined;
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const groupsOf = (half: string): string[] => (half === "" ? [] : half.split(":"));
  const head = groupsOf(halves[0] ?? "");
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? "") : [];
  const elided = 8 - head.length - tail.length;
  if (halves.length === 2 ? elided < 1 : elided !== 0) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? elided : 0).fill("0"), ...tail];
  let value = 0n;
  for (const group of groups) {
    if (!IPV6_GROUP.test(group)) return undefined;
    value = (value << 16n) | BigInt(parseInt(group, 16));
  }
  return { version: 6, value };
}
