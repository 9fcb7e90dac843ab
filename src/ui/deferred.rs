//! Work below the fold, done after the frame: a [`DeferredView`] is worked out
//! and rendered in the animation frame after the one that paints the change, so
//! a keystroke paints its headline result first and the tables a frame later.
//! While a newer result is being worked out, the previous one stays on screen,
//! marked busy (`aria-busy`). A print started meanwhile (Ctrl+P, or the page's
//! button, see `app::print_after_the_frame`) waits for none of that: the change
//! is rendered at its `beforeprint`, so paper never shows old workings under a
//! new headline. The first render is whole, and on the server (the build-time
//! prerender) every render is.

use yew::prelude::*;

/// An expensive view of comparable inputs.
pub trait DeferredView: PartialEq + 'static {
    fn view(&self) -> Html;
}

#[derive(Properties, PartialEq)]
pub struct DeferredProps<T: DeferredView + PartialEq> {
    pub content: T,
}

pub struct Deferred<T> {
    shown: Html,
    /// The change waiting for the next animation frame or a `beforeprint`,
    /// whichever comes first. Dropping them cancels both: a newer input wins.
    #[cfg(target_arch = "wasm32")]
    pending: Option<(gloo::render::AnimationFrame, gloo::events::EventListener)>,
    _t: std::marker::PhantomData<T>,
}

pub enum Msg {
    Ready,
}

impl<T: DeferredView> Deferred<T> {
    #[cfg(target_arch = "wasm32")]
    fn schedule(&mut self, ctx: &Context<Self>) {
        let (frame, print) = (ctx.link().clone(), ctx.link().clone());
        let Some(window) = web_sys::window() else {
            self.shown = ctx.props().content.view();
            return;
        };
        self.pending = Some((
            gloo::render::request_animation_frame(move |_| frame.send_message(Msg::Ready)),
            gloo::events::EventListener::new(&window, "beforeprint", move |_| {
                print.send_message(Msg::Ready)
            }),
        ));
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schedule(&mut self, ctx: &Context<Self>) {
        self.shown = ctx.props().content.view();
    }

    /// Whether a newer result is still to be rendered.
    fn busy(&self) -> bool {
        #[cfg(target_arch = "wasm32")]
        return self.pending.is_some();
        #[cfg(not(target_arch = "wasm32"))]
        false
    }
}

impl<T: DeferredView> Component for Deferred<T> {
    type Message = Msg;
    type Properties = DeferredProps<T>;

    /// The first render is whole: when the app takes over from the
    /// prerendered view, or a calculator is first shown, its workings are
    /// there in the same frame as its summary, not a "Working out…" line that
    /// the workings then push down. Only a change waits a frame.
    fn create(ctx: &Context<Self>) -> Self {
        Deferred {
            shown: ctx.props().content.view(),
            #[cfg(target_arch = "wasm32")]
            pending: None,
            _t: std::marker::PhantomData,
        }
    }

    fn changed(&mut self, ctx: &Context<Self>, _old: &Self::Properties) -> bool {
        self.schedule(ctx);
        true
    }

    fn update(&mut self, ctx: &Context<Self>, Msg::Ready: Msg) -> bool {
        #[cfg(target_arch = "wasm32")]
        if self.pending.take().is_none() {
            // The frame and the print both asked: the first has rendered it.
            return false;
        }
        self.shown = ctx.props().content.view();
        true
    }

    fn view(&self, _: &Context<Self>) -> Html {
        html! {
            <div class="deferred" aria-busy={self.busy().then_some("true")}>
                { self.shown.clone() }
            </div>
        }
    }
}

/// Renders `content` at once the first time, and each change in the frame
/// after the one that shows it (or at a print, if that comes first).
pub fn deferred<T: DeferredView>(content: T) -> Html {
    yew::virtual_dom::VChild::<Deferred<T>>::new(DeferredProps { content }, None).into()
}
