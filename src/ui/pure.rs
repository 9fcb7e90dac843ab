//! Lets Yew skip what has not changed. A piece of the view whose props are
//! owned and comparable implements [`PureView`]; [`pure`] renders it as a
//! component, so on the next render Yew compares the new props with the old and
//! leaves the DOM (and the work of building it) alone when they are equal. A
//! keystroke so re-renders the field typed in and the results, not the page.

use std::marker::PhantomData;
use yew::prelude::*;

/// A view of its own props and nothing else.
pub trait PureView: Properties + PartialEq + 'static {
    fn view(&self) -> Html;
}

/// The component behind [`pure`]: one type per kind of props.
pub struct Pure<P>(PhantomData<P>);

impl<P: PureView> Component for Pure<P> {
    type Message = ();
    type Properties = P;

    fn create(_: &Context<Self>) -> Self {
        Pure(PhantomData)
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        ctx.props().view()
    }
}

/// Renders `props` as a component that re-renders only when they change.
pub fn pure<P: PureView>(props: P) -> Html {
    yew::virtual_dom::VChild::<Pure<P>>::new(props, None).into()
}
