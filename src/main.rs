fn main() {
    #[cfg(target_arch = "wasm32")]
    rolefit::web::mount_all();
}
