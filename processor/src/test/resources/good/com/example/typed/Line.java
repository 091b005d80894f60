package com.example.typed;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** One line of an invoice. */
public record Line(String item, int quantity, @JsonProperty("unit_price") BigDecimal unitPrice) {}
