//! Reads a value the browser parsed (a council preset, a scenario file) into the
//! app's serde types: a serde `Deserializer` over `JsValue`.
//!
//! Why not `serde_wasm_bindgen::from_value`: it hands every non-whole number to
//! the visitor as an `f64`, and the error a visitor then builds formats that
//! float, which pulls all of core's float formatting into the app (about 10 KB
//! gzipped). These files hold only text, whole numbers and lists, so this reader
//! refuses any other number, and its error keeps no message: a file that is not
//! the expected shape is refused with the caller's own sentence.
//!
//! A value nested deeper than [`MAX_DEPTH`] is refused, so reading never recurses
//! further than that, whatever the value (the files' text is also checked before
//! it is parsed: `state::bounds`).

use crate::state::bounds::MAX_DEPTH;
use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use wasm_bindgen::{JsCast, JsValue};

/// The file is not the shape expected. The caller says so in its own words.
#[derive(Debug)]
pub struct Refused;

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not the expected shape")
    }
}

impl std::error::Error for Refused {}

impl de::Error for Refused {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Refused
    }
}

/// Reads `value` as a `T`.
pub fn read<T: de::DeserializeOwned>(value: JsValue) -> Result<T, Refused> {
    T::deserialize(Reader(value, 0))
}

/// A value and how deep in the file it is (the file itself is 0).
struct Reader(JsValue, usize);

/// A whole number from 0 to 2^53, or nothing.
fn whole(n: f64) -> Option<u64> {
    ((0.0..=9_007_199_254_740_992.0).contains(&n) && n.fract() == 0.0).then_some(n as u64)
}

impl<'de> de::Deserializer<'de> for Reader {
    type Error = Refused;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Refused> {
        let (value, depth) = (self.0, self.1 + 1);
        if let Some(s) = value.as_string() {
            v.visit_string(s)
        } else if let Some(b) = value.as_bool() {
            v.visit_bool(b)
        } else if let Some(n) = value.as_f64() {
            v.visit_u64(whole(n).ok_or(Refused)?)
        } else if value.is_null() || value.is_undefined() {
            v.visit_unit()
        } else if depth > MAX_DEPTH {
            Err(Refused)
        } else if js_sys::Array::is_array(&value) {
            let items: Vec<JsValue> = js_sys::Array::from(&value).iter().collect();
            v.visit_seq(Items(items.into_iter(), depth))
        } else if let Some(object) = value.dyn_ref::<js_sys::Object>() {
            let entries: Vec<(String, JsValue)> = js_sys::Object::entries(object)
                .iter()
                .filter_map(|pair| {
                    let pair = js_sys::Array::from(&pair);
                    Some((pair.get(0).as_string()?, pair.get(1)))
                })
                .collect();
            v.visit_map(Entries {
                entries: entries.into_iter(),
                next: None,
                depth,
            })
        } else {
            Err(Refused)
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Refused> {
        if self.0.is_null() || self.0.is_undefined() {
            v.visit_none()
        } else {
            v.visit_some(self)
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple tuple_struct
        map struct enum identifier ignored_any
    }
}

struct Items(std::vec::IntoIter<JsValue>, usize);

impl<'de> SeqAccess<'de> for Items {
    type Error = Refused;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Refused> {
        self.0
            .next()
            .map(|v| seed.deserialize(Reader(v, self.1)))
            .transpose()
    }
}

struct Entries {
    entries: std::vec::IntoIter<(String, JsValue)>,
    next: Option<JsValue>,
    depth: usize,
}

impl<'de> MapAccess<'de> for Entries {
    type Error = Refused;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Refused> {
        match self.entries.next() {
            Some((key, value)) => {
                self.next = Some(value);
                seed.deserialize(key.into_deserializer()).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Refused> {
        seed.deserialize(Reader(self.next.take().ok_or(Refused)?, self.depth))
    }
}
