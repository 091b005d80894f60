package com.library.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.promptfit.annotation.Description;
import org.jspecify.annotations.Nullable;

/** Javadoc, which a class file does not keep. */
@Description("A place on a map")
public record Place(
    @Description("What people call it") String name,
    @JsonProperty("lat") double latitude,
    @Nullable String note,
    Kind kind,
    Marker marker) {

  public enum Kind {
    @Description("A town")
    TOWN,
    @JsonProperty("hill")
    HILL
  }

  @Description("Something drawn on the map")
  public sealed interface Marker permits Pin, Flag {}

  @JsonTypeName("pin")
  public record Pin(double size) implements Marker {}

  public record Flag(String label) implements Marker {}
}
