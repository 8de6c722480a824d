//! `co_exceptiontable`: CPython's zero-cost exception table encoding.
//!
//! Each entry maps a half-open range of code units `[start, end)` to a handler `target`, the
//! value-stack `depth` to unwind to, and whether the offset of the raising instruction
//! (`lasti`) is pushed before the exception. Entries are written as four varints: start,
//! length, target, `(depth << 1) | lasti`. A varint is big-endian 6-bit groups with bit 6 set on
//! every group but the last; the first byte of an entry also has bit 7 set. All quantities are
//! in code units. See docs/design/exceptions.md.

/// One decoded exception-table entry (offsets in code units).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    /// First covered code unit.
    pub start: u32,
    /// One past the last covered code unit.
    pub end: u32,
    /// Handler offset.
    pub target: u32,
    /// Stack depth to pop down to before pushing the exception.
    pub depth: u32,
    /// Whether `lasti` is pushed under the exception.
    pub lasti: bool,
}

fn write_varint(out: &mut Vec<u8>, value: u32, first: bool) {
    let mut groups = [0u8; 6];
    let mut n = 0;
    let mut v = value;
    loop {
        groups[n] = (v & 63) as u8;
        n += 1;
        v >>= 6;
        if v == 0 {
            break;
        }
    }
    for i in (0..n).rev() {
        let mut byte = groups[i];
        if i != 0 {
            byte |= 64;
        }
        if first && i == n - 1 {
            byte |= 128;
        }
        out.push(byte);
    }
}

/// Encodes entries (which must be sorted by `start` and non-overlapping).
pub fn encode(entries: &[ExceptionEntry]) -> Vec<u8> {
    let mut out = Vec::new();
    for e in entries {
        write_varint(&mut out, e.start, true);
        write_varint(&mut out, e.end - e.start, false);
        write_varint(&mut out, e.target, false);
        write_varint(&mut out, (e.depth << 1) | u32::from(e.lasti), false);
    }
    out
}

fn read_varint(table: &[u8], pos: &mut usize) -> Option<u32> {
    let mut value: u32 = 0;
    loop {
        let byte = *table.get(*pos)?;
        *pos += 1;
        value = value.checked_shl(6)? | u32::from(byte & 63);
        if byte & 64 == 0 {
            return Some(value);
        }
    }
}

/// Decodes a whole table; `None` if it is malformed.
pub fn decode(table: &[u8]) -> Option<Vec<ExceptionEntry>> {
    let mut pos = 0;
    let mut out = Vec::new();
    while pos < table.len() {
        if table[pos] & 128 == 0 {
            return None;
        }
        let start = read_varint(table, &mut pos)?;
        let len = read_varint(table, &mut pos)?;
        let target = read_varint(table, &mut pos)?;
        let dl = read_varint(table, &mut pos)?;
        out.push(ExceptionEntry {
            start,
            end: start.checked_add(len)?,
            target,
            depth: dl >> 1,
            lasti: dl & 1 != 0,
        });
    }
    Some(out)
}

/// Finds the handler covering code unit `offset`, scanning the encoded table.
pub fn lookup(table: &[u8], offset: u32) -> Option<ExceptionEntry> {
    let mut pos = 0;
    while pos < table.len() {
        let start = read_varint(table, &mut pos)?;
        let len = read_varint(table, &mut pos)?;
        let target = read_varint(table, &mut pos)?;
        let dl = read_varint(table, &mut pos)?;
        if offset < start {
            return None;
        }
        if offset < start + len {
            return Some(ExceptionEntry {
                start,
                end: start + len,
                target,
                depth: dl >> 1,
                lasti: dl & 1 != 0,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let entries = vec![
            ExceptionEntry {
                start: 2,
                end: 10,
                target: 12,
                depth: 0,
                lasti: false,
            },
            ExceptionEntry {
                start: 12,
                end: 20,
                target: 4000,
                depth: 3,
                lasti: true,
            },
            ExceptionEntry {
                start: 100_000,
                end: 100_064,
                target: 5,
                depth: 70,
                lasti: true,
            },
        ];
        let bytes = encode(&entries);
        assert_eq!(decode(&bytes).unwrap(), entries);
        assert_eq!(lookup(&bytes, 5).unwrap().target, 12);
        assert_eq!(lookup(&bytes, 19).unwrap().target, 4000);
        assert_eq!(lookup(&bytes, 11), None);
        assert_eq!(lookup(&bytes, 100_063).unwrap().depth, 70);
    }

    #[test]
    fn matches_cpython_bytes() {
        // A 3.11 `try: g() except: pass` table entry: start 2, length 8, target 12, depth 0.
        let e = ExceptionEntry {
            start: 2,
            end: 10,
            target: 12,
            depth: 0,
            lasti: false,
        };
        assert_eq!(encode(&[e]), vec![0x82, 0x08, 0x0c, 0x00]);
        // Values of 64 and up use continuation groups, most significant first.
        let e = ExceptionEntry {
            start: 70,
            end: 71,
            target: 200,
            depth: 1,
            lasti: true,
        };
        assert_eq!(encode(&[e]), vec![0xc1, 0x06, 0x01, 0x43, 0x08, 0x03]);
    }

    #[test]
    fn malformed_tables_are_rejected() {
        assert_eq!(decode(&[0x02]), None);
        assert_eq!(decode(&[0x82, 0x48]), None);
    }
}
