//! A table of figures from rows of text: the first cell of a row is its
//! heading, the rest are figures (right-aligned). In a scroll region on a phone, with a "Download
//! as CSV" button after it. One loop for every such table, so each costs the
//! bundle its text, not its markup.

use super::download::csv_button;
use yew::prelude::*;

pub struct DataTable<'a> {
    pub id: &'a str,
    pub caption: String,
    pub headers: &'a [&'a str],
    pub rows: Vec<Vec<String>>,
    /// The row to mark (`row--selected`), if any.
    pub selected: Option<usize>,
    /// What the CSV file is called after.
    pub csv: &'a str,
    /// The table's own class beside `table` ("table--years").
    pub class: &'a str,
    /// Print only the rows whose figures differ from the row before (and the
    /// selected one), as the month-by-month schedule does.
    pub changes_only: bool,
}

pub fn data_table(t: DataTable<'_>) -> Html {
    let caption_id = format!("{}-caption", t.id);
    html! {
        <>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby={caption_id.clone()}>
                <table class={format!("table {}", t.class)} id={t.id.to_string()}>
                    <caption class="table__caption" id={caption_id}>{ t.caption }</caption>
                    <thead><tr>{ for t.headers.iter().enumerate().map(|(i, h)| html! { <th scope="col" class={(i > 0).then_some("num")}>{ *h }</th> }) }</tr></thead>
                    <tbody>
                        { for t.rows.iter().enumerate().map(|(i, row)| {
                            let same = t.changes_only && i > 0 && row.get(1..) == t.rows[i - 1].get(1..);
                            let mut cells = row.iter().cloned();
                            html! {
                                <tr class={classes!((t.selected == Some(i)).then_some("row--selected"), same.then_some("row--same"))} aria-current={(t.selected == Some(i)).then_some("true")}>
                                    <th scope="row">{ cells.next().unwrap_or_default() }</th>
                                    { for cells.map(|c| html! { <td class="num">{ c }</td> }) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            { csv_button(t.csv) }
        </>
    }
}
