//! Messages, hints and paths put together piece by piece: [`msg!`] sums the pieces' lengths,
//! allocates the string once and copies each piece in. `format!` costs several hundred
//! instructions per argument (the formatting machinery, padding checks, growing the string);
//! findings are mostly text, so on a document with many findings that was a third of the call.
//! A leaf of the crate: what a piece writes is exactly what its `Display` writes (tested).
use ipnet::{IpNet, Ipv4Net};

/// Something [`msg!`] can write: its exact length first, then its bytes.
pub(crate) trait Piece {
    /// The exact number of bytes [`Piece::put`] writes.
    fn len(&self) -> usize;
    /// Appends the piece.
    fn put(&self, out: &mut String);
}

/// The pieces concatenated into a string of exactly their length (what [`msg!`] calls).
pub(crate) fn join(pieces: &[&dyn Piece]) -> String {
    let mut out = String::with_capacity(pieces.iter().map(|p| p.len()).sum());
    for p in pieces {
        p.put(&mut out);
    }
    out
}

/// Pieces written one after the other, as one piece: what a helper that names something in
/// messages (`` node pool `gpu` ``) returns, so that the name is written straight into the
/// message instead of into a string of its own first.
pub(crate) struct Join<'a, const N: usize>(pub [&'a dyn Piece; N]);

impl<const N: usize> Piece for Join<'_, N> {
    fn len(&self) -> usize {
        self.0.iter().map(|p| p.len()).sum()
    }
    fn put(&self, out: &mut String) {
        for p in &self.0 {
            p.put(out);
        }
    }
}

/// For tests and the rare text that is not a `msg!`.
impl<const N: usize> std::fmt::Display for Join<'_, N> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&join(&[self]))
    }
}

/// `msg!("subnet `", name, "` is a /", prefix)`: the pieces (string slices, strings, integers,
/// networks, anything with a [`Piece`]) written one after the other into one exact allocation.
macro_rules! msg {
    ($($piece:expr),+ $(,)?) => {
        $crate::text::join(&[$(&$piece as &dyn $crate::text::Piece),+])
    };
}
pub(crate) use msg;

impl Piece for str {
    fn len(&self) -> usize {
        str::len(self)
    }
    fn put(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for String {
    fn len(&self) -> usize {
        String::len(self)
    }
    fn put(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for char {
    fn len(&self) -> usize {
        self.len_utf8()
    }
    fn put(&self, out: &mut String) {
        out.push(*self);
    }
}

impl<T: Piece + ?Sized> Piece for &T {
    fn len(&self) -> usize {
        (**self).len()
    }
    fn put(&self, out: &mut String) {
        (**self).put(out)
    }
}

impl Piece for bool {
    fn len(&self) -> usize {
        if *self {
            4
        } else {
            5
        }
    }
    fn put(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

/// Decimal digits of `v`.
fn digits(mut v: u64) -> usize {
    let mut n = 1;
    while v >= 10 {
        v /= 10;
        n += 1;
    }
    n
}

/// Writes `v` in decimal.
fn put_u64(v: u64, out: &mut String) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    let mut v = v;
    loop {
        i -= 1;
        if let Some(b) = buf.get_mut(i) {
            *b = b'0' + (v % 10) as u8;
        }
        v /= 10;
        if v == 0 || i == 0 {
            break;
        }
    }
    for &b in buf.get(i..).unwrap_or_default() {
        out.push(char::from(b));
    }
}

macro_rules! unsigned {
    ($($t:ty),*) => {$(
        impl Piece for $t {
            fn len(&self) -> usize {
                digits(u64::from(*self))
            }
            fn put(&self, out: &mut String) {
                put_u64(u64::from(*self), out)
            }
        }
    )*};
}
unsigned!(u8, u16, u32, u64);

impl Piece for usize {
    fn len(&self) -> usize {
        digits(*self as u64)
    }
    fn put(&self, out: &mut String) {
        put_u64(*self as u64, out)
    }
}

impl Piece for i64 {
    fn len(&self) -> usize {
        usize::from(*self < 0) + digits(self.unsigned_abs())
    }
    fn put(&self, out: &mut String) {
        if *self < 0 {
            out.push('-');
        }
        put_u64(self.unsigned_abs(), out)
    }
}

impl Piece for std::net::Ipv4Addr {
    fn len(&self) -> usize {
        3 + self
            .octets()
            .iter()
            .map(|&o| digits(u64::from(o)))
            .sum::<usize>()
    }
    fn put(&self, out: &mut String) {
        for (i, octet) in self.octets().into_iter().enumerate() {
            if i > 0 {
                out.push('.');
            }
            put_u64(u64::from(octet), out);
        }
    }
}

impl Piece for Ipv4Net {
    fn len(&self) -> usize {
        self.addr().len() + 1 + digits(u64::from(self.prefix_len()))
    }
    fn put(&self, out: &mut String) {
        self.addr().put(out);
        out.push('/');
        put_u64(u64::from(self.prefix_len()), out);
    }
}

/// IPv6 blocks are rare in messages: they go through `Display`.
impl Piece for IpNet {
    fn len(&self) -> usize {
        match self {
            IpNet::V4(n) => n.len(),
            IpNet::V6(n) => n.to_string().len(),
        }
    }
    fn put(&self, out: &mut String) {
        match self {
            IpNet::V4(n) => n.put(out),
            IpNet::V6(n) => out.push_str(&n.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same<T: Piece + std::fmt::Display>(v: T) {
        let want = v.to_string();
        let got = msg!(v);
        assert_eq!(got, want);
        assert_eq!(v.len(), want.len(), "length of {want}");
        assert_eq!(
            got.capacity(),
            want.len(),
            "one exact allocation for {want}"
        );
    }

    #[test]
    fn integers_write_what_display_writes() {
        for v in [0u64, 1, 9, 10, 99, 100, 12345, u64::MAX] {
            same(v);
        }
        for v in [0u8, 7, 10, 99, 100, 255] {
            same(v);
        }
        for v in [0u32, 4_294_967_295] {
            same(v);
        }
        for v in [0usize, 42, usize::MAX] {
            same(v);
        }
        same(true);
        same(false);
        for v in [0i64, -1, -10, 99, i64::MIN, i64::MAX] {
            same(v);
        }
    }

    #[test]
    fn networks_write_what_display_writes() {
        for o in 0..=255u8 {
            for (text, prefix) in [([o, 0, 10, 1], 0), ([10, o, 0, 0], 16), ([1, 2, 3, o], 32)] {
                let net = Ipv4Net::new(text.into(), prefix).unwrap();
                same(net);
                same(IpNet::V4(net));
                same(net.addr());
            }
        }
        let v6: IpNet = "fd00:10::/48".parse().unwrap();
        same(v6);
    }

    #[test]
    fn a_join_is_its_pieces() {
        let name = String::from("gpu");
        let j = Join([&"node pool `", &name, &'`']);
        assert_eq!(j.to_string(), "node pool `gpu`");
        assert_eq!(j.len(), 15);
        assert_eq!(msg!("(", j, ")"), "(node pool `gpu`)");
    }

    #[test]
    fn pieces_join_in_order() {
        let name = String::from("private-a");
        let prefix = 24u8;
        let s = msg!("subnet `", name, "` is a /", prefix, ' ', -3i64, "");
        assert_eq!(s, "subnet `private-a` is a /24 -3");
        assert_eq!(s.capacity(), s.len());
    }
}
