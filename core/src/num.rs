//! Numbers as clusterfit prints them, in messages and in JSON: whole values as integers (`8`,
//! not `8.0`, which JavaScript would print as `8`), so every binding writes the same bytes.
//! A leaf of the crate.
use crate::text::msg;
use serde::{Serialize, Serializer};

/// Largest magnitude printed as an integer: beyond it an `f64` no longer holds every integer.
const WHOLE_LIMIT: f64 = 9.0e15;

fn is_whole(v: f64) -> bool {
    v.fract() == 0.0 && v.abs() < WHOLE_LIMIT
}

/// `v` as the integer [`Num`] writes it as, when it is whole.
pub(crate) fn whole(v: f64) -> Option<i64> {
    is_whole(v).then_some(v as i64)
}

/// `v` rounded to `decimals` places, without trailing zeros: `8`, `14.8`, `7.91`.
pub(crate) fn text(v: f64, decimals: u32) -> String {
    let scale = 10f64.powi(decimals as i32);
    let scaled = (v * scale).round();
    let r = scaled / scale;
    if is_whole(r) {
        return msg!(r as i64);
    }
    // With fewer than 2^52 units of the last place, `r` is within far less than half a unit of
    // `scaled / scale`, so its decimals are those of the integer `scaled`: written without
    // the float formatter (a test compares the two).
    if decimals <= 15 && scaled.abs() < 4.0e15 {
        let units = 10u64.pow(decimals);
        let n = scaled.abs() as u64;
        let mut frac = n % units;
        let mut places = decimals as usize;
        while frac % 10 == 0 && places > 0 {
            frac /= 10;
            places -= 1;
        }
        let width = crate::text::Piece::len(&frac);
        let zeros = "000000000000000"
            .get(..places.saturating_sub(width))
            .unwrap_or_default();
        let sign = if scaled < 0.0 { "-" } else { "" };
        return msg!(sign, n / units, '.', zeros, frac);
    }
    let s = format!("{r:.prec$}", prec = decimals as usize);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A number of the document as messages print it: whole values as integers
/// (`9007199254740992`, not `9007199254740992.0`; `-0` as `0`), as JavaScript prints them up to
/// 10^21; others as serde_json writes them.
pub fn json_number(n: &serde_json::Number) -> String {
    match n.as_f64() {
        Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() < 1e21 => {
            if f == 0.0 {
                "0".to_string()
            } else {
                format!("{f:.0}")
            }
        }
        _ => n.to_string(),
    }
}

/// A number in JSON: whole values as integers, others as `f64`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Num(pub f64);

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match whole(self.0) {
            Some(i) => s.serialize_i64(i),
            None => s.serialize_f64(self.0),
        }
    }
}

/// `Option<f64>` as [`Num`], for `#[serde(serialize_with = "…")]`.
pub(crate) fn opt<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    v.map(Num).serialize(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_numbers_print_whole_values_as_integers() {
        let n = |t: &str| json_number(&serde_json::from_str(t).unwrap_or_else(|_| 0.into()));
        assert_eq!(n("9007199254740992.0"), "9007199254740992");
        assert_eq!(n("-0"), "0");
        assert_eq!(n("-0.0"), "0");
        assert_eq!(n("1e20"), "100000000000000000000");
        assert_eq!(n("1.5"), "1.5");
        assert_eq!(n("18446744073709551615"), "18446744073709551615");
        assert_eq!(n("-12"), "-12");
    }

    #[test]
    fn texts_write_what_the_float_formatter_writes() {
        fn formatter(v: f64, decimals: u32) -> String {
            let scale = 10f64.powi(decimals as i32);
            let r = (v * scale).round() / scale;
            if is_whole(r) {
                return format!("{}", r as i64);
            }
            let s = format!("{r:.prec$}", prec = decimals as usize);
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        }
        let mut values = vec![
            0.0,
            -0.0,
            0.05,
            -0.05,
            0.001,
            1e-9,
            7.91,
            14.84,
            29.98,
            1e12 + 0.5,
        ];
        let mut x = 0.123_456_789_f64;
        for i in 0..20_000 {
            // Spread over magnitudes from 1e-4 to 1e12, both signs.
            x = (x * 7.3 + 0.137).fract();
            let v = x * 10f64.powi(i % 17 - 4);
            values.push(if i % 2 == 0 { v } else { -v });
        }
        for v in values {
            for d in 0..=6 {
                assert_eq!(text(v, d), formatter(v, d), "{v} to {d} places");
            }
        }
    }

    #[test]
    fn texts() {
        assert_eq!(text(8.0, 1), "8");
        assert_eq!(text(14.8, 1), "14.8");
        assert_eq!(text(14.84, 1), "14.8");
        assert_eq!(text(7.91, 3), "7.91");
        assert_eq!(text(30.63, 1), "30.6");
        assert_eq!(text(29.98, 1), "30");
    }

    #[test]
    fn json_numbers() {
        let json = |v: f64| serde_json::to_string(&Num(v)).unwrap_or_default();
        assert_eq!(json(8.0), "8");
        assert_eq!(json(-3.0), "-3");
        assert_eq!(json(7.91), "7.91");
        assert_eq!(json(0.1), "0.1");
        assert_eq!(json(1e300), "1e+300");
        assert_eq!(json(f64::NAN), "null");
    }
}
