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

/// The literal texts and the other pieces of a message, interleaved (`lits[0]`, `args[0]`,
/// `lits[1]`, …, the last literal), into a string of exactly their length (what [`msg!`]
/// calls). The literals are one static array, so a message costs code only for its other pieces.
#[cfg(any(test, target_arch = "wasm32"))]
pub(crate) fn template(lits: &[&str], args: &[&dyn Piece]) -> String {
    let len =
        lits.iter().map(|l| l.len()).sum::<usize>() + args.iter().map(|p| p.len()).sum::<usize>();
    let mut out = String::with_capacity(len);
    put_template(lits, args, &mut out);
    out
}

/// Writes `lits[0]`, `args[0]`, `lits[1]`, …, then the literals left.
fn put_template(lits: &[&str], args: &[&dyn Piece], out: &mut String) {
    for (lit, arg) in lits.iter().zip(args) {
        out.push_str(lit);
        arg.put(out);
    }
    for lit in lits.get(args.len()..).unwrap_or_default() {
        out.push_str(lit);
    }
}

/// The pieces concatenated into a string of exactly their length.
pub(crate) fn join(pieces: &[&dyn Piece]) -> String {
    let mut out = String::with_capacity(pieces.iter().map(|p| p.len()).sum());
    for p in pieces {
        p.put(&mut out);
    }
    out
}

/// A message fragment as one piece: literals and other pieces interleaved as in [`template`].
/// What [`piece!`] makes, and what a helper that names something in messages
/// (`` node pool `gpu` ``) returns, so that the name is written straight into the message
/// instead of into a string of its own first.
pub(crate) struct Tpl<'a, const N: usize> {
    pub lits: &'static [&'static str],
    pub args: [&'a dyn Piece; N],
}

impl<const N: usize> Piece for Tpl<'_, N> {
    fn len(&self) -> usize {
        self.lits.iter().map(|l| l.len()).sum::<usize>()
            + self.args.iter().map(|p| p.len()).sum::<usize>()
    }
    fn put(&self, out: &mut String) {
        put_template(self.lits, &self.args, out);
    }
}

/// For tests and the rare text that is not a `msg!`.
impl<const N: usize> std::fmt::Display for Tpl<'_, N> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&join(&[self]))
    }
}

/// `msg!("subnet `", name, "` is a /", prefix)`: the pieces (string and char literals, string
/// slices, strings, integers, networks, anything with a [`Piece`]) written one after the other
/// into one exact allocation. Natively every piece goes to [`join`]; in the `.wasm` adjacent
/// literals are joined at compile time (`concat!`) and all of them go to `template` as one
/// static array, so only the other pieces cost code at the call.
macro_rules! msg {
    // `$out` says what to make: `msg` a string, `piece` a `Tpl`. Then: [literals so far]
    // [other pieces so far] [literals since the last other piece], and the rest.
    (@go $out:ident [$($l:expr),*] [$($a:expr),*] [$($p:literal)*] $lit:literal
        $(, $($rest:tt)*)?) => {
        $crate::text::msg!(@go $out [$($l),*] [$($a),*] [$($p)* $lit] $($($rest)*)?)
    };
    (@go $out:ident [$($l:expr),*] [$($a:expr),*] [$($p:literal)*] $arg:expr
        $(, $($rest:tt)*)?) => {
        $crate::text::msg!(
            @go $out [$($l,)* concat!("" $(, $p)*)] [$($a,)* $arg] [] $($($rest)*)?
        )
    };
    (@go msg [$($l:expr),*] [$($a:expr),*] [$($p:literal)*]) => {
        $crate::text::template(
            &[$($l,)* concat!("" $(, $p)*)],
            &[$(&$a as &dyn $crate::text::Piece),*],
        )
    };
    (@go piece [$($l:expr),*] [$($a:expr),*] [$($p:literal)*]) => {
        $crate::text::Tpl {
            lits: &[$($l,)* concat!("" $(, $p)*)],
            args: [$(&$a as &dyn $crate::text::Piece),*],
        }
    };
    // Every piece as a `&dyn Piece`, in order.
    (@join [$($e:expr),*] $x:expr $(, $($rest:tt)*)?) => {
        $crate::text::msg!(@join [$($e,)* $x] $($($rest)*)?)
    };
    (@join [$($e:expr),*]) => {
        $crate::text::join(&[$(&$e as &dyn $crate::text::Piece),*])
    };
    // Natively `join`, which the compiler inlines at each message with every piece's type known
    // (the fastest code); in the `.wasm`, built for size, `template`, whose literals cost no code
    // at the call (about 4 KB gzipped less). The two write the same bytes: the conformance suite
    // compares every report of the `.wasm` with the native ones, and a test here compares them.
    ($($piece:tt)+) => {{
        #[cfg(not(target_arch = "wasm32"))]
        let text = $crate::text::msg!(@join [] $($piece)+);
        #[cfg(target_arch = "wasm32")]
        let text = $crate::text::msg!(@go msg [] [] [] $($piece)+);
        text
    }};
}

/// `piece!("node pool `", name, '`')`: the pieces of [`msg!`] as one [`Tpl`] piece, written
/// when the message that holds it is.
macro_rules! piece {
    ($($piece:tt)+) => {
        $crate::text::msg!(@go piece [] [] [] $($piece)+)
    };
}
pub(crate) use msg;
pub(crate) use piece;

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
    fn cidr_is_written_as_ipnet_writes_it() {
        use ipnet::Ipv4Net;
        use std::net::Ipv4Addr;
        for v in 0..=255u8 {
            for prefix in [0, 7, 8, 9, 16, 24, 31, 32] {
                for addr in [
                    [v, 0, 0, 0],
                    [10, v, 0, 1],
                    [192, 168, v, 0],
                    [1, 2, 3, v],
                    [v; 4],
                ] {
                    let net = Ipv4Net::new(Ipv4Addr::from(addr), prefix)
                        .unwrap_or_else(|e| panic!("{e}"));
                    assert_eq!(msg!(net), net.to_string());
                }
            }
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
    fn the_wasm_form_writes_what_the_native_form_writes() {
        let name = String::from("private-a");
        let (prefix, minus) = (24u8, -3i64);
        let native = msg!("subnet `", name, "` is a /", prefix, ' ', minus, "", '.', "x");
        let wasm =
            msg!(@go msg [] [] [] "subnet `", name, "` is a /", prefix, ' ', minus, "", '.', "x");
        assert_eq!(native, wasm);
        assert_eq!(wasm.capacity(), wasm.len());
        assert_eq!(msg!(@go msg [] [] [] name, prefix), msg!(name, prefix));
        assert_eq!(msg!(@go msg [] [] [] "a", 'b'), "ab");
    }

    #[test]
    fn a_piece_is_its_pieces() {
        let name = String::from("gpu");
        let j = piece!("node pool `", name, '`');
        assert_eq!(j.to_string(), "node pool `gpu`");
        assert_eq!(j.len(), 15);
        assert_eq!(msg!("(", j, ")"), "(node pool `gpu`)");
        let index = 7usize;
        assert_eq!(msg!(piece!(index, index), piece!("x")), "77x");
    }

    #[test]
    fn pieces_join_in_order() {
        let name = String::from("private-a");
        let prefix = 24u8;
        let minus = -3i64;
        let s = msg!("subnet `", name, "` is a /", prefix, ' ', minus, "", '.', "x");
        assert_eq!(s, "subnet `private-a` is a /24 -3.x");
        assert_eq!(msg!(name), "private-a");
        assert_eq!(msg!("a", 'b', "c"), "abc");
        assert_eq!(msg!(prefix, prefix, "!"), "2424!");
        assert_eq!(msg!(name.as_str(), "`x`".len(), name.len()), "private-a39");
        assert_eq!(s.capacity(), s.len());
    }
}
