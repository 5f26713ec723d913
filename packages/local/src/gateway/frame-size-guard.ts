// Watches the raw bytes of a WebSocket connection and reports a frame whose payload is over the
// limit. `ws` only limits whole messages; API Gateway also closes on a single frame over 32 KB.

export class FrameSizeGuard {
  private header: number[] = [];
  private need = 2;
  private skip = 0;
  private tripped = false;

  constructor(
    private readonly maxFrameBytes: number,
    private readonly onTooLarge: (payloadBytes: number) => void,
  ) {}

  feed(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length && !this.tripped) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - offset);
        this.skip -= n;
        offset += n;
        continue;
      }
      this.header.push(chunk[offset++]!);
      if (this.header.length === 2) {
        const len7 = this.header[1]! & 0x7f;
        const masked = (this.header[1]! & 0x80) !== 0;
        this.need = 2 + (len7 === 126 ? 2 : len7 === 127 ? 8 : 0) + (masked ? 4 : 0);
      }
      if (this.header.length >= 2 && this.header.length === this.need) this.endOfHeader();
    }
  }

  private endOfHeader(): void {
    const h = Buffer.from(this.header);
    const len7 = h[1]! & 0x7f;
    const payload = len7 === 126 ? h.readUInt16BE(2) : len7 === 127 ? Number(h.readBigUInt64BE(2)) : len7;
    this.header = [];
    this.need = 2;
    if (payload > this.maxFrameBytes) {
      this.tripped = true;
      this.onTooLarge(payload);
      return;
    }
    this.skip = payload;
  }
}
