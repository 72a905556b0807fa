package jeyra.arch;

/**
 * Where a frame record sits relative to the frame pointer register, in bytes.
 *
 * <p>Every function jeyra emits keeps a frame pointer, so a stack walk follows the chain of
 * frame records: the saved caller's frame pointer and the return address. An outermost frame
 * has a saved frame pointer of zero (the entry stub clears the register).
 *
 * @param previousFramePointerOffset offset of the caller's saved frame pointer
 * @param returnAddressOffset offset of the return address into the caller
 */
public record FrameRecord(int previousFramePointerOffset, int returnAddressOffset) {}
