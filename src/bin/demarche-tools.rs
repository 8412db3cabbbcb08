//! `demarche-tools`: what few readers need, as a WebAssembly module of its own that the first
//! load never carries. The download panel (share.js) imports it when an editor opens the
//! panel: given the page's catalogue and the view's link, it loads what the view shows through
//! the same session as the widget (the HTTP cache already holds every file), derives the core's
//! export model (`view_model::Export`) and hands it over as JSON, so that what is saved is what
//! is on screen; it also brings the panel's words. The widget imports it when a reader opens
//! their own file (`?data=`), to check the file before showing it (src/embed/tools.js). It
//! carries the core and no user interface; natively there is nothing to run.

#[cfg(target_family = "wasm")]
mod browser {
    /// A reader's own file made ready for the widget (`own_file::prepare`); thrown when it is
    /// refused: `null` for a file that cannot be decoded, else the checks' errors, as `demarche
    /// check` prints them. `url` names the file in the messages.
    #[wasm_bindgen]
    pub fn prepare(url: String, bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
        own_file::prepare(&url, bytes).map_err(|refused| match refused {
            Refused::Damaged => JsValue::NULL,
            Refused::Invalid(errors) => {
                errors.into_iter().map(JsValue::from).collect::<js_sys::Array>().into()
            }
        })
    }

    /// A reader's own file, made ready here as the widget has the tools module make it.
    async fn load_own(resource: &Resource, url: &str) -> Result<Loaded, LoadError> {
        let failed = |problem| LoadError { resource: resource.clone(), problem };
        let bytes = own_bytes(resource, url).await?;
        let ready = own_file::prepare(url, &bytes).map_err(|refused| failed(refused.problem()))?;
        Loaded::read(resource, &ready).map_err(|unreadable| failed(Problem::Unreadable(unreadable)))
    }

    /// The panel's words in the language `lang` names, as a JSON object.
    #[wasm_bindgen]
    pub fn words(lang: String) -> String {
        let mut json = Json::new();
        json.open('{');
        for (name, word) in share_words(Lang::from_tag(&lang).unwrap_or_default()) {
            json.key(name).string(&word);
        }
        json.close('}');
        json.finish()
    }

    /// The reader's day today, by their own clock and time zone: the day they read the view.
    /// A clock set beyond the year 9999 is said to be wrong, as any other date would be.
    fn today() -> Result<Date, String> {
        let now = js_sys::Date::new_0();
        Date::parse(&format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date()))
    }

    /// The folder of the page the panel is on, which the full view's page is in too.
    fn folder() -> String {
        let location = web_sys::window().map(|window| window.location());
        let page = location.and_then(|location| Some(location.origin().ok()? + &location.pathname().ok()?));
        let page = page.unwrap_or_default();
        page[..page.rfind('/').map_or(0, |at| at + 1)].to_string()
    }

    use demarche::fetch::{load, own_bytes};
    use demarche::i18n::{share_words, strings};
    use demarche::model::{Date, Lang};
    use demarche::own_file::{self, Refused};
    use demarche::session::{LoadError, Loaded, Problem, Resource};
    use demarche::session::{MapLoad, Session};
    use demarche::view_mode::ViewMode;
    use demarche::view_model::{Export, Json, Screen};
    use wasm_bindgen::prelude::{wasm_bindgen, JsValue};

    // The widget's allocator, for the same reasons (see BENCHMARKS.md).
    #[global_allocator]
    static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

    /// The export model of the view `query` opens, as JSON; or what could not be loaded, in
    /// the page's language. `catalogue` is the catalogue's address, `page_lang` the page's.
    #[wasm_bindgen]
    pub async fn screen(catalogue: String, query: String, page_lang: String) -> Result<String, String> {
        let lang = Lang::from_tag(&page_lang).unwrap_or_default();
        let mut session = Session::new(&query, lang);
        loop {
            let needs = session.needs();
            if needs.is_empty() {
                break;
            }
            for resource in needs {
                session.begin(resource.clone());
                let address = resource.url(&catalogue, session.catalogue().as_deref());
                let result = match &resource {
                    Resource::Own(url) => load_own(&resource, url).await,
                    _ => load(&resource, address).await,
                };
                session.arrive(resource, result);
            }
            if let Some(error) = session.failure() {
                return Err(strings(lang).load_failed(error));
            }
        }
        let (Some(view), Some(catalogue)) = (session.shown().cloned(), session.catalogue()) else {
            return Err(strings(lang).loading.to_string());
        };
        let incidents = match view.mode {
            ViewMode::Compare => session.incidents(view.lang),
            _ => session.incident(&view.incident, view.lang).into_iter().collect(),
        };
        let names = session.names(view.lang).ok_or_else(|| strings(lang).loading.to_string())?;
        let frame = match session.map(view.extent) {
            MapLoad::Ready(frame) => Some(frame),
            _ => None,
        };
        let (today, folder) = (today()?, folder());
        let screen = Screen {
            view: &view,
            catalogue: &catalogue,
            incidents: incidents.iter().map(|incident| &**incident).collect(),
            names: &names,
            frame: frame.as_deref().filter(|_| view.mode != ViewMode::Compare),
            today,
            folder: &folder,
        };
        Ok(Export::derive(&screen).to_json())
    }
}

#[cfg(target_family = "wasm")]
fn main() {}

#[cfg(not(target_family = "wasm"))]
fn main() {
    eprintln!("demarche-tools is the widget's on-demand WebAssembly module; natively, use `demarche`");
    std::process::exit(2);
}
