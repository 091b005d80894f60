package dev.promptfit.internal.request;

/**
 * Not API. One piece of a message's content. New kinds (images, files) are new permitted records,
 * written by each endpoint.
 */
public sealed interface Part permits TextPart {}
