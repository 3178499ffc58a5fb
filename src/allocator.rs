//! How parallax asks the system's allocator to behave. A story's load frees large buffers
//! (partial indexes, linking's tables) and then grows others (the search index's candidate
//! list, a few tens of megabytes). glibc's malloc raises its threshold for giving a buffer its
//! own mapping each time such a mapped buffer is freed, so the growing ones land on the heap
//! instead: each growth copies the buffer and leaves its old place behind as a hole the process
//! keeps. With the threshold fixed, a large buffer always has its own mapping and grows in place.

/// Buffers from this size on get their own mapping: glibc's own starting threshold.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub const MMAP_THRESHOLD: usize = 128 * 1024;

/// Fixes the allocator's settings above, once, before anything large is allocated; does
/// nothing where the allocator is not glibc's.
pub fn tune() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: mallopt only sets a parameter of glibc's allocator; it is called before the
        // program starts its threads, and a refusal (return 0) leaves the default in place.
        unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD as libc::c_int);
        }
    }
}
