package com.example.typed;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/** A shape on the page. */
public sealed interface Shape {

  /** A circle. */
  record Circle(double radius) implements Shape {}

  @JsonTypeName("square")
  record Square(double side) implements Shape {}

  /** Shapes with corners, flattened into the anyOf of {@link Shape}. */
  sealed interface Polygon extends Shape {}

  record Triangle(List<Point> corners) implements Polygon {}

  record Point(double x, double y) {}
}
