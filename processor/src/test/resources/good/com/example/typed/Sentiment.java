package com.example.typed;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.promptfit.annotation.Description;

/** How a review feels. */
public enum Sentiment {
  /** The review praises the product. It says so twice. */
  POSITIVE,
  @Description("The review complains")
  NEGATIVE,
  @JsonProperty("mixed")
  NEUTRAL
}
