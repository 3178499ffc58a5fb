//! The allocator's settings (`parallax::allocator`), in a test binary of its own: they and
//! what they change are the whole process's.

/// After a large buffer is freed, a smaller large one still gets its own mapping: glibc's
/// dynamic threshold would have put it on the heap, where growing it copies it and leaves a
/// hole behind.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn a_large_buffer_keeps_its_own_mapping_after_a_larger_one_is_freed() {
    use std::hint::black_box;
    parallax::allocator::tune();
    let mapped = || unsafe { libc::mallinfo2() }.hblkhd;
    drop(black_box(vec![1u8; 16 << 20]));
    let before = mapped();
    let buffer = black_box(vec![1u8; 4 << 20]);
    let after = mapped();
    assert!(
        after >= before + buffer.len(),
        "mapped {before} -> {after}: the 4 MB buffer went to the heap"
    );
    drop(buffer);
}
