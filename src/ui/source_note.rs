//! The source and date of a default, shown beside it.

use crate::engine::rates::Source;
use yew::prelude::*;

pub struct SourceNoteProps {
    pub source: &'static Source,
    /// What the default is, e.g. "Default 19.8%".
    pub lead: Option<AttrValue>,
}

pub fn source_note(p: &SourceNoteProps) -> Html {
    let s = p.source;
    let title = match s.url {
        Some(url) => {
            html! { <a href={url} rel="noopener noreferrer" target="_blank">{ s.title }<span class="visually-hidden">{ " (opens in new tab)" }</span></a> }
        }
        None => html! { { s.title } },
    };
    html! {
        <p class="source-note">
            if let Some(lead) = &p.lead { { lead.clone() }{ ". " } }
            if s.unconfirmed { <strong class="tag tag--amber">{ "Assumption" }</strong>{ " " } }
            { "Source: " }{ title }{ ", " }{ s.publisher }{ ", " }{ s.date }{ "." }
        </p>
    }
}
