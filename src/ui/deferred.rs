//! Work below the fold, done after the frame: a [`DeferredView`] is worked out
//! and rendered in the animation frame after the one that paints the change, so
//! a keystroke paints its headline result first and the tables a frame later. While a newer result is being
//! worked out, the previous one stays on screen, marked busy (`aria-busy`).
//! On the server (the build-time prerender) it is rendered at once.

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
    #[cfg(target_arch = "wasm32")]
    pending: Option<gloo::render::AnimationFrame>,
    busy: bool,
    _t: std::marker::PhantomData<T>,
}

pub enum Msg {
    Ready,
}

impl<T: DeferredView> Deferred<T> {
    #[cfg(target_arch = "wasm32")]
    fn schedule(&mut self, ctx: &Context<Self>) {
        let link = ctx.link().clone();
        // Dropping a frame request that has not run cancels it: a newer input wins.
        self.pending = Some(gloo::render::request_animation_frame(move |_| {
            link.send_message(Msg::Ready)
        }));
        self.busy = true;
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schedule(&mut self, ctx: &Context<Self>) {
        self.shown = ctx.props().content.view();
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
            busy: false,
            _t: std::marker::PhantomData,
        }
    }

    fn changed(&mut self, ctx: &Context<Self>, _old: &Self::Properties) -> bool {
        self.schedule(ctx);
        true
    }

    fn update(&mut self, ctx: &Context<Self>, Msg::Ready: Msg) -> bool {
        self.shown = ctx.props().content.view();
        self.busy = false;
        true
    }

    fn view(&self, _: &Context<Self>) -> Html {
        html! {
            <div class="deferred" aria-busy={self.busy.then_some("true")}>
                { self.shown.clone() }
            </div>
        }
    }
}

/// Renders `content` after the frame that shows the change.
pub fn deferred<T: DeferredView>(content: T) -> Html {
    yew::virtual_dom::VChild::<Deferred<T>>::new(DeferredProps { content }, None).into()
}
