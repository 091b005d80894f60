package dev.promptfit.internal.request;

/**
 * Not API. One piece of a message's content: text, an image, a file. New kinds are new permitted
 * records, written by each endpoint.
 */
public sealed interface Part permits TextPart, ImagePart, FilePart {}
