/**
 * A «lying» ZIP bomb, built for the tests without ever holding what it unpacks to: one entry,
 * `xl/worksheets/sheet1.xml`, whose local header and central directory both claim 100 bytes
 * unpacked, holding a deflate stream of `unpacked` zero bytes (1 GiB in about 6.5 MB).
 *
 * The stream is one fixed-Huffman block written bit by bit: a literal 0, then copies of 258
 * bytes from one byte back (13 bits each), then the end of the block. The CRC is left 0: an
 * importer that gets as far as checking it has already inflated everything.
 */
export function lyingZipBomb(unpacked: number): Uint8Array {
  const data = zerosDeflated(unpacked)
  const name = new TextEncoder().encode('xl/worksheets/sheet1.xml')
  const LIE = 100
  const local = new DataView(new ArrayBuffer(30))
  local.setUint32(0, 0x04034b50, true) // local file header
  local.setUint16(4, 20, true) // version needed
  local.setUint16(8, 8, true) // deflate
  local.setUint32(18, data.length, true) // compressed size
  local.setUint32(22, LIE, true) // uncompressed size: the lie
  local.setUint16(26, name.length, true)
  const central = new DataView(new ArrayBuffer(46))
  central.setUint32(0, 0x02014b50, true) // central directory header
  central.setUint16(4, 20, true)
  central.setUint16(6, 20, true)
  central.setUint16(10, 8, true)
  central.setUint32(20, data.length, true)
  central.setUint32(24, LIE, true)
  central.setUint16(28, name.length, true)
  central.setUint32(42, 0, true) // the local header is at 0
  const directoryAt = 30 + name.length + data.length
  const end = new DataView(new ArrayBuffer(22))
  end.setUint32(0, 0x06054b50, true) // end of central directory
  end.setUint16(8, 1, true)
  end.setUint16(10, 1, true)
  end.setUint32(12, 46 + name.length, true)
  end.setUint32(16, directoryAt, true)
  return concat([bytes(local), name, data, bytes(central), name, bytes(end)])
}

/** A raw deflate stream of `count` zero bytes (see {@link lyingZipBomb}). */
function zerosDeflated(count: number): Uint8Array {
  const copies = Math.floor((count - 1) / 258)
  const out = new Uint8Array(Math.ceil((3 + 8 + copies * 13 + 7 + 8) / 8) + 1)
  let at = 0
  let bit = 0
  /** Writes `length` bits of `value`, lowest first (deflate's order for header fields). */
  const write = (value: number, length: number) => {
    for (let i = 0; i < length; i++) {
      if ((value >> i) & 1) out[at] = out[at]! | (1 << bit)
      if (++bit === 8) {
        bit = 0
        at++
      }
    }
  }
  /** Writes a Huffman code, highest bit first. */
  const code = (value: number, length: number) => {
    let reversed = 0
    for (let i = 0; i < length; i++) reversed |= ((value >> i) & 1) << (length - 1 - i)
    write(reversed, length)
  }
  write(1, 1) // last block
  write(1, 2) // fixed Huffman codes
  code(0x30, 8) // literal 0
  for (let i = 0; i < copies; i++) {
    code(0xc5, 8) // length 258 (code 285)
    code(0, 5) // distance 1 (code 0)
  }
  code(0, 7) // end of block (256)
  return out.subarray(0, bit === 0 ? at : at + 1)
}

function bytes(view: DataView): Uint8Array {
  return new Uint8Array(view.buffer)
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
