//! The little binary encoding model files are written in: little-endian
//! integers, length-prefixed strings, and a reader that reports truncation
//! instead of panicking.

use crate::NlpError;

/// Appends values to a byte buffer.
#[derive(Default)]
pub(crate) struct Writer {
    pub(crate) buf: Vec<u8>,
}

impl Writer {
    pub(crate) fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    pub(crate) fn u16(&mut self, v: u16) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    /// An unsigned LEB128 variable-length integer.
    pub(crate) fn var(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.buf.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.buf.push(v as u8);
    }
    pub(crate) fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.buf.extend_from_slice(s.as_bytes());
    }
    pub(crate) fn strs(&mut self, v: &[String]) {
        self.u32(v.len() as u32);
        for s in v {
            self.str(s);
        }
    }
}

/// Reads values back, failing cleanly at the end of the data.
pub(crate) struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(data: &'a [u8]) -> Self {
        Reader { data, pos: 0 }
    }
    pub(crate) fn bytes(&mut self, n: usize) -> Result<&'a [u8], NlpError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.data.len());
        match end {
            Some(e) => {
                let s = &self.data[self.pos..e];
                self.pos = e;
                Ok(s)
            }
            None => Err(NlpError::Format(format!(
                "the file ends early (needed {n} bytes at offset {}, file has {}): it is truncated",
                self.pos,
                self.data.len()
            ))),
        }
    }
    pub(crate) fn u8(&mut self) -> Result<u8, NlpError> {
        Ok(self.bytes(1)?[0])
    }
    pub(crate) fn u16(&mut self) -> Result<u16, NlpError> {
        let b = self.bytes(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    pub(crate) fn u32(&mut self) -> Result<u32, NlpError> {
        let b = self.bytes(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    pub(crate) fn u64(&mut self) -> Result<u64, NlpError> {
        let b = self.bytes(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
    pub(crate) fn f32(&mut self) -> Result<f32, NlpError> {
        let b = self.bytes(4)?;
        Ok(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    /// A count of items that each take at least `min_size` bytes; checked
    /// against what is left so a corrupt count cannot allocate wildly.
    pub(crate) fn count(&mut self, min_size: usize) -> Result<usize, NlpError> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_size.max(1)) > self.data.len() - self.pos {
            return Err(NlpError::Format(format!(
                "a count of {n} items at offset {} runs past the end of the file: it is truncated or corrupt",
                self.pos
            )));
        }
        Ok(n)
    }
    /// An unsigned LEB128 variable-length integer (at most 10 bytes).
    pub(crate) fn var(&mut self) -> Result<u64, NlpError> {
        let mut v = 0u64;
        for k in 0..10 {
            let b = self.u8()?;
            v |= ((b & 0x7f) as u64) << (7 * k);
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(NlpError::Format(format!(
            "variable-length integer too long before offset {}: corrupt file",
            self.pos
        )))
    }
    pub(crate) fn str(&mut self) -> Result<String, NlpError> {
        let n = self.count(1)?;
        let b = self.bytes(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| {
            NlpError::Format(format!("invalid UTF-8 string before offset {}", self.pos))
        })
    }
    pub(crate) fn strs(&mut self) -> Result<Vec<String>, NlpError> {
        let n = self.count(4)?;
        (0..n).map(|_| self.str()).collect()
    }
    pub(crate) fn done(&self) -> bool {
        self.pos == self.data.len()
    }
}
