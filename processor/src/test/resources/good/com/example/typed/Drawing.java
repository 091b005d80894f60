package com.example.typed;

import java.util.List;

/** A drawing, whose shapes and background share one sealed interface. */
public record Drawing(String title, List<Shape> shapes, Shape background) {}
