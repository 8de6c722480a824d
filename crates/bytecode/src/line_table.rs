//! `co_linetable`: CPython 3.11's location table.
//!
//! Each entry covers 1-8 code units and starts with a byte `1 CCCC LLL` (code, length - 1).
//! Codes 0-9 are the short form (same line, columns in one extra byte), 10-12 the one-line form
//! (line delta 0-2, start and end column bytes), 13 no columns (signed line delta), 14 the long
//! form (signed line delta, end-line delta, start column + 1, end column + 1), 15 no location.
//! Varints here are little-endian 6-bit groups with bit 6 as the continuation flag; signed
//! varints put the sign in bit 0. Line deltas are relative to the previous entry's start line,
//! the first to `co_firstlineno`. See docs/design/bytecode.md.

/// A source position of one instruction: lines are 1-based, columns 0-based UTF-8 byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Location {
    /// Start line, or `None` for an artificial instruction.
    pub line: Option<u32>,
    /// End line.
    pub end_line: Option<u32>,
    /// Start column.
    pub col: Option<u32>,
    /// End column.
    pub end_col: Option<u32>,
}

impl Location {
    /// A location with full positions.
    pub const fn new(line: u32, col: u32, end_line: u32, end_col: u32) -> Location {
        Location {
            line: Some(line),
            end_line: Some(end_line),
            col: Some(col),
            end_col: Some(end_col),
        }
    }
}

const SHORT0: u8 = 0;
const ONE_LINE0: u8 = 10;
const NO_COLUMNS: u8 = 13;
const LONG: u8 = 14;
const NONE: u8 = 15;

fn write_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 64 {
        out.push(64 | (v & 63) as u8);
        v >>= 6;
    }
    out.push(v as u8);
}

fn write_svarint(out: &mut Vec<u8>, v: i64) {
    let z = if v < 0 {
        ((v.unsigned_abs() as u32) << 1) | 1
    } else {
        (v as u32) << 1
    };
    write_varint(out, z);
}

/// Encodes one location per code unit. Runs of identical locations share entries.
pub fn encode(firstlineno: u32, locations: &[Location]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut prev_line = i64::from(firstlineno);
    let mut i = 0;
    while i < locations.len() {
        let loc = locations[i];
        let mut len = 1;
        while len < 8 && i + len < locations.len() && locations[i + len] == loc {
            len += 1;
        }
        write_entry(&mut out, &mut prev_line, loc, len as u8);
        i += len;
    }
    out
}

fn write_entry(out: &mut Vec<u8>, prev_line: &mut i64, loc: Location, len: u8) {
    let head = |code: u8| 0x80 | (code << 3) | (len - 1);
    let Some(line) = loc.line else {
        out.push(head(NONE));
        return;
    };
    let line = i64::from(line);
    let delta = line - *prev_line;
    *prev_line = line;
    let end_line = loc.end_line.map_or(line, i64::from);
    match (loc.col, loc.end_col) {
        (Some(col), Some(end_col)) if end_line == line => {
            if delta == 0 && col < 80 && end_col >= col && end_col - col < 16 {
                out.push(head(SHORT0 + (col / 8) as u8));
                out.push((((col % 8) << 4) | (end_col - col)) as u8);
                return;
            }
            if (0..3).contains(&delta) && col < 128 && end_col < 128 {
                out.push(head(ONE_LINE0 + delta as u8));
                out.push(col as u8);
                out.push(end_col as u8);
                return;
            }
            long_form(out, head(LONG), delta, 0, col, end_col);
        }
        (Some(col), Some(end_col)) if end_line >= line => {
            long_form(
                out,
                head(LONG),
                delta,
                (end_line - line) as u32,
                col,
                end_col,
            );
        }
        _ => {
            out.push(head(NO_COLUMNS));
            write_svarint(out, delta);
        }
    }
}

fn long_form(out: &mut Vec<u8>, head: u8, delta: i64, end_delta: u32, col: u32, end_col: u32) {
    out.push(head);
    write_svarint(out, delta);
    write_varint(out, end_delta);
    write_varint(out, col + 1);
    write_varint(out, end_col + 1);
}

fn read_varint(table: &[u8], pos: &mut usize) -> Option<u32> {
    let mut value: u32 = 0;
    let mut shift = 0;
    loop {
        let byte = *table.get(*pos)?;
        *pos += 1;
        value |= u32::from(byte & 63).checked_shl(shift)?;
        if byte & 64 == 0 {
            return Some(value);
        }
        shift += 6;
    }
}

fn read_svarint(table: &[u8], pos: &mut usize) -> Option<i64> {
    let z = read_varint(table, pos)?;
    let magnitude = i64::from(z >> 1);
    Some(if z & 1 != 0 { -magnitude } else { magnitude })
}

/// Decodes the table into `(start_unit, end_unit, location)` ranges; `None` if malformed.
pub fn decode(firstlineno: u32, table: &[u8]) -> Option<Vec<(u32, u32, Location)>> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut line = i64::from(firstlineno);
    let mut unit = 0u32;
    while pos < table.len() {
        let head = table[pos];
        pos += 1;
        if head & 0x80 == 0 {
            return None;
        }
        let code = (head >> 3) & 15;
        let len = u32::from(head & 7) + 1;
        let as_line = |l: i64| u32::try_from(l).ok();
        let loc = match code {
            0..=9 => {
                let b = *table.get(pos)?;
                pos += 1;
                let col = u32::from(code) * 8 + u32::from((b >> 4) & 7);
                let l = as_line(line)?;
                Location::new(l, col, l, col + u32::from(b & 15))
            }
            10..=12 => {
                line += i64::from(code - 10);
                let col = u32::from(*table.get(pos)?);
                let end_col = u32::from(*table.get(pos + 1)?);
                pos += 2;
                let l = as_line(line)?;
                Location::new(l, col, l, end_col)
            }
            13 => {
                line += read_svarint(table, &mut pos)?;
                let l = as_line(line)?;
                Location {
                    line: Some(l),
                    end_line: Some(l),
                    col: None,
                    end_col: None,
                }
            }
            14 => {
                line += read_svarint(table, &mut pos)?;
                let end = line + i64::from(read_varint(table, &mut pos)?);
                let col = read_varint(table, &mut pos)?;
                let end_col = read_varint(table, &mut pos)?;
                Location {
                    line: as_line(line),
                    end_line: as_line(end),
                    col: col.checked_sub(1),
                    end_col: end_col.checked_sub(1),
                }
            }
            _ => Location::default(),
        };
        out.push((unit, unit + len, loc));
        unit += len;
    }
    Some(out)
}

/// The location of code unit `offset`, or `None` if the table does not cover it.
pub fn location_of(firstlineno: u32, table: &[u8], offset: u32) -> Option<Location> {
    decode(firstlineno, table)?
        .into_iter()
        .find(|(start, end, _)| (*start..*end).contains(&offset))
        .map(|(_, _, loc)| loc)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expand(firstlineno: u32, table: &[u8]) -> Vec<Location> {
        decode(firstlineno, table)
            .unwrap()
            .into_iter()
            .flat_map(|(s, e, loc)| (s..e).map(move |_| loc))
            .collect()
    }

    #[test]
    fn round_trip_all_forms() {
        let locs = vec![
            Location::default(),
            Location::new(1, 0, 1, 0),
            Location::new(1, 4, 1, 9),
            Location::new(1, 4, 1, 9),
            Location::new(2, 100, 2, 120),
            Location::new(1, 3, 5, 7),
            Location::new(900, 2, 900, 300),
            Location {
                line: Some(901),
                end_line: Some(901),
                col: None,
                end_col: None,
            },
            Location::new(3, 0, 3, 10),
        ];
        let mut many = locs.clone();
        many.extend(std::iter::repeat_n(Location::new(3, 1, 3, 2), 20));
        for firstlineno in [1, 7] {
            let table = encode(firstlineno, &many);
            assert_eq!(expand(firstlineno, &table), many);
        }
    }

    #[test]
    fn matches_cpython_bytes() {
        // `def add(a, b): return a + b` on line 1: RESUME at the def line with columns 0-0
        // (short form) and an instruction one line down (one-line form).
        let table = encode(1, &[Location::new(1, 0, 1, 0), Location::new(2, 11, 2, 16)]);
        assert_eq!(table, vec![0x80, 0x00, 0xd8, 11, 16]);
    }

    #[test]
    fn lookup_finds_offsets() {
        let table = encode(
            10,
            &[Location::new(10, 0, 10, 1), Location::new(12, 0, 12, 3)],
        );
        assert_eq!(location_of(10, &table, 1).unwrap().line, Some(12));
        assert_eq!(location_of(10, &table, 2), None);
    }
}
