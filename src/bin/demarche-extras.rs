//! `demarche-extras`: the parts of the explorer that few readers open (the comparison, the
//! timeline, the story and the print handout), as a WebAssembly module of its own that the
//! first load never carries. The widget imports it when the browser is idle, or when a control
//! that opens a part is hovered, focused or clicked (src/embed/extras.js), and asks it to draw
//! one part of the view a link opens into a box of the widget's; the part sends the reader's
//! changes back as links. It pays its own copy of Yew's runtime, only when opened. Natively
//! there is nothing to run.

#[cfg(target_family = "wasm")]
mod browser {
    use demarche::model::Lang;
    use demarche::view::{read_every_incident, PartApp, PartAppProps};
    use demarche::view_mode::Part;
    use wasm_bindgen::prelude::*;
    use web_sys::Element;
    use yew::{AppHandle, Callback};

    // The widget's allocator, for the same reasons (see BENCHMARKS.md).
    #[global_allocator]
    static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

    /// One part, drawn into the widget's box until the widget takes it away.
    #[wasm_bindgen]
    pub struct Mounted {
        app: Option<AppHandle<PartApp>>,
        props: PartAppProps,
    }

    /// Draws `part` of the view `query` opens into `element`. `catalogue` is the catalogue's
    /// address, `page_lang` the page's language, `on_link` a function given the link of each
    /// view the reader asks for.
    #[wasm_bindgen]
    pub fn mount(
        element: Element,
        catalogue: String,
        query: String,
        page_lang: String,
        part: String,
        print: bool,
        on_link: js_sys::Function,
    ) -> Result<Mounted, JsError> {
        let part = Part::from_id(&part).ok_or_else(|| JsError::new("no such part"))?;
        skip_the_widgets_tree_number();
        let on_link = Callback::from(move |link: String| {
            let _ = on_link.call1(&JsValue::NULL, &JsValue::from(link));
        });
        let props = PartAppProps {
            catalogue_url: catalogue.into(),
            query: query.into(),
            page_lang: Lang::from_tag(&page_lang).unwrap_or_default(),
            part,
            print,
            on_link,
        };
        let app = yew::Renderer::<PartApp>::with_root_and_props(element, props.clone()).render();
        Ok(Mounted { app: Some(app), props })
    }

    /// Reads every incident in the language `lang` (a tag), ahead of a comparison the reader
    /// is about to open; the part then finds them read.
    #[wasm_bindgen]
    pub fn read_ahead(catalogue: String, lang: String) {
        read_every_incident(catalogue.into(), Lang::from_tag(&lang).unwrap_or_default());
    }

    #[wasm_bindgen]
    impl Mounted {
        /// Follows the widget to the view of a new link.
        pub fn update(&mut self, query: String) {
            self.props.query = query.into();
            if let Some(app) = self.app.as_mut() {
                app.update(self.props.clone());
            }
        }

        pub fn unmount(&mut self) {
            if let Some(app) = self.app.take() {
                app.destroy();
            }
        }
    }

    /// Yew tells the trees on a page apart by a number it writes on their elements, counting
    /// from 1 in each module: the widget's own tree is 1. Were a part's tree numbered 1 too,
    /// the widget would take the part's clicks for its own. So this module's first tree is an
    /// empty one that is never shown, and its parts are numbered from 2.
    fn skip_the_widgets_tree_number() {
        thread_local!(static SKIPPED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
        if SKIPPED.with(|skipped| skipped.replace(true)) {
            return;
        }
        if let Ok(unseen) = gloo::utils::document().create_element("div") {
            std::mem::forget(yew::Renderer::<Nothing>::with_root(unseen).render());
        }
    }

    #[yew::function_component]
    fn Nothing() -> yew::Html {
        yew::Html::default()
    }
}

#[cfg(target_family = "wasm")]
fn main() {}

#[cfg(not(target_family = "wasm"))]
fn main() {
    eprintln!("demarche-extras is the widget's on-demand WebAssembly module; natively, use `demarche`");
    std::process::exit(2);
}
