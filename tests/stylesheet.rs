//! What the stylesheet must agree on with the code: under a strict Content-Security-Policy the
//! widget sets no style attributes, so sizes the code knows are written in the stylesheet too.

use demarche::model::MapExtent;

const CSS: &str = include_str!("../styles/demarche.css");

#[test]
fn each_map_extent_has_its_frame_in_the_stylesheet() {
    for extent in MapExtent::ALL {
        let (width, height) = extent.size();
        let rule = format!(".map-canvas.{} {{\n  aspect-ratio: {width} / {height};\n}}", extent.id());
        assert!(CSS.contains(&rule), "styles/demarche.css needs:\n{rule}");
    }
}
