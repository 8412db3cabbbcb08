//! Fetching a data file in the browser, for the widget and for its tools module alike: the
//! bytes, read as the resource they were asked for, or the problem a reader is told; and the
//! verdict on a reader's own file, which is shown only once the checks have passed.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::packed::{own_header, Unreadable};
use crate::session::{LoadError, Loaded, Problem, Resource};

/// Fetches a data file; no address means the catalogue lists no such file.
pub async fn load(resource: &Resource, address: Option<String>) -> Result<Loaded, LoadError> {
    let result = match address {
        Some(address) => match bytes(&address).await {
            Ok(bytes) => Loaded::read(resource, &bytes).map_err(Problem::Unreadable),
            Err(problem) => Err(problem),
        },
        None => Err(Problem::NotListed),
    };
    result.map_err(|problem| LoadError { resource: resource.clone(), problem })
}

/// A reader's own file, refused until the checks have passed. The checks, and the split into
/// languages, are the tools module's (`own_file::prepare`; src/embed/tools.js imports the
/// module), so that readers who never open a file of their own never download them.
pub async fn load_own(resource: &Resource, url: &str) -> Result<Loaded, LoadError> {
    let failed = |problem| LoadError { resource: resource.clone(), problem };
    let bytes = own_bytes(resource, url).await?;
    let ready = prepare_own(url, &bytes).await.map_err(|refusal| failed(refused(refusal)))?;
    Loaded::read(resource, &js_sys::Uint8Array::new(&ready).to_vec())
        .map_err(|unreadable| failed(Problem::Unreadable(unreadable)))
}

/// A reader's own file's bytes, once their header says they can be one.
pub async fn own_bytes(resource: &Resource, url: &str) -> Result<Vec<u8>, LoadError> {
    let failed = |problem| LoadError { resource: resource.clone(), problem };
    let bytes = bytes(url).await.map_err(failed)?;
    own_header(&bytes).map_err(|unreadable| failed(Problem::Unreadable(unreadable)))?;
    Ok(bytes)
}

/// What the tools module's refusal of an own file means: `null` for a file it cannot decode,
/// the checks' errors as an array, and anything else, that the module itself could not be had.
fn refused(refusal: wasm_bindgen::JsValue) -> Problem {
    if refusal.is_null() {
        return Problem::Unreadable(Unreadable::Corrupt);
    }
    match js_sys::Array::is_array(&refusal) {
        true => Problem::Invalid(
            js_sys::Array::from(&refusal).iter().filter_map(|error| error.as_string()).collect(),
        ),
        false => Problem::Network,
    }
}

/// The widget's way to its tools module (src/bin/demarche-tools.rs), which the first load does
/// not carry, in src/embed/tools.js (copied into the build's snippets as written, so its words
/// live here): imported on first need, once, from beside the page; a failed import is tried
/// again the next time (Try again in the panel).
#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/embed/tools.js")]
extern "C" {
    /// A reader's own file made ready by the tools module (`own_file::prepare`): its bytes, or
    /// thrown, why it is refused.
    #[wasm_bindgen(catch, js_name = prepareOwn)]
    async fn prepare_own(url: &str, bytes: &[u8]) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
}

async fn bytes(url: &str) -> Result<Vec<u8>, Problem> {
    let response =
        JsFuture::from(gloo::utils::window().fetch_with_str(url)).await.map_err(|_| Problem::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| Problem::Network)?;
    if !response.ok() {
        return Err(Problem::Status(response.status()));
    }
    let body = response.array_buffer().map_err(|_| Problem::Network)?;
    let buffer = JsFuture::from(body).await.map_err(|_| Problem::Network)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
