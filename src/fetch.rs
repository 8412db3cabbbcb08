//! Fetching a data file in the browser, for the widget and for the download panel's module
//! alike: the bytes, read as the resource they were asked for, or the problem a reader is told.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

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
