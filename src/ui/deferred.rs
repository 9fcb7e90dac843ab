//! Work below the fold, done after the frame: a [`DeferredView`] is worked out
//! and rendered in a task after the frame that paints the change, so a
//! keystroke paints its headline result first and the tables a frame later.
//! While a newer result is being worked out, the previous one stays on screen,
//! marked busy (`aria-busy`). A print started meanwhile (Ctrl+P, or the page's
//! button, see `app::print_after_the_frame`) waits for none of that: the change
//! is rendered at its `beforeprint`, so paper never shows old workings under a
//! new headline. The app's first render, taking over from the prerendered view
//! or a link's first answer, is whole, and on the server (the build-time
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
    #[cfg(target_arch = "wasm32")]
    pending: Option<Pending>,
    _t: std::marker::PhantomData<T>,
}

/// A change waiting to be rendered: in a task after the next frame is painted,
/// or at a `beforeprint`, whichever comes first. Dropping it cancels both: a
/// newer input wins.
#[cfg(target_arch = "wasm32")]
struct Pending {
    _after_paint: AfterPaint,
    _print: gloo::events::EventListener,
}

/// Work waiting for the first task after the next frame is painted (see
/// [`after_paint`]); dropping it cancels the work.
pub struct AfterPaint {
    _frame: gloo::render::AnimationFrame,
    /// Set by the frame's callback.
    _task: std::rc::Rc<std::cell::Cell<Option<gloo::timers::callback::Timeout>>>,
}

/// Runs `f` in the first task after the next frame is painted: a task queued
/// from the frame's `requestAnimationFrame` callback. Not in the callback
/// itself: a key pressed between frames is handled in a task of its own, and
/// the next frame runs its callbacks before painting, so work done there
/// would hold back the paint; nor in a task queued at once, which a browser
/// may run before that frame when the input came between frames (Chromium,
/// in traces of 40 key presses, painted first). A page in a background tab
/// paints no frames: `f` then waits until it is shown.
pub fn after_paint(f: impl FnOnce() + 'static) -> AfterPaint {
    let task = std::rc::Rc::new(std::cell::Cell::new(None));
    let slot = task.clone();
    AfterPaint {
        _frame: gloo::render::request_animation_frame(move |_| {
            slot.set(Some(gloo::timers::callback::Timeout::new(0, f)));
        }),
        _task: task,
    }
}

pub enum Msg {
    Ready,
}

impl<T: DeferredView> Deferred<T> {
    /// After the headline's frame is painted ([`after_paint`]), whether the
    /// input came in a task (a key) or at the start of a frame.
    #[cfg(target_arch = "wasm32")]
    fn schedule(&mut self, ctx: &Context<Self>) {
        let Some(window) = web_sys::window() else {
            self.shown = ctx.props().content.view();
            return;
        };
        let (frame, print) = (ctx.link().clone(), ctx.link().clone());
        self.pending = Some(Pending {
            _after_paint: after_paint(move || frame.send_message(Msg::Ready)),
            _print: gloo::events::EventListener::new(&window, "beforeprint", move |_| {
                print.send_message(Msg::Ready)
            }),
        });
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

/// Whether the page still shows a stand-in for the app (see
/// [`super::shell::STAND_INS`]): the app's first render of a calculator.
fn taking_over() -> bool {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| {
            super::shell::STAND_INS
                .iter()
                .any(|id| d.get_element_by_id(id).is_some())
        });
    #[cfg(not(target_arch = "wasm32"))]
    true
}

impl<T: DeferredView> Component for Deferred<T> {
    type Message = Msg;
    type Properties = DeferredProps<T>;

    /// Whole when the app takes over from a stand-in (the prerendered view, a
    /// link's first answer): the swap leaves nothing to fill in. Otherwise (the
    /// workings coming back as an error is corrected, a calculator shown again)
    /// like a change, after the frame: their first render in a keystroke's
    /// task held its paint back by about 25 ms at 4x CPU on Payback.
    fn create(ctx: &Context<Self>) -> Self {
        let mut d = Deferred {
            shown: Html::default(),
            #[cfg(target_arch = "wasm32")]
            pending: None,
            _t: std::marker::PhantomData,
        };
        if taking_over() {
            d.shown = ctx.props().content.view();
        } else {
            d.schedule(ctx);
        }
        d
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

/// Renders `content` at once the first time, and each change just after the
/// frame that shows it (or at a print, if that comes first).
pub fn deferred<T: DeferredView>(content: T) -> Html {
    yew::virtual_dom::VChild::<Deferred<T>>::new(DeferredProps { content }, None).into()
}
