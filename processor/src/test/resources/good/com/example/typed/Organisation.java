package com.example.typed;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An organisation, whose departments nest. */
public record Organisation(String name, Organisation.Department top) {

  /** One department. */
  public record Department(String name, List<Department> teams, @Nullable Department parent) {}
}
