package com.example.typed;

import java.util.List;

/** One page of results; a generic record, described for the type it is used with. */
public record Page<T>(List<T> items, int total) {}
