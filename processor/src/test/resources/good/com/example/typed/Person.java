package com.example.typed;

import dev.promptfit.annotation.Description;
import org.jspecify.annotations.Nullable;

@Description("Someone named in the text")
public record Person(
    String name,
    @Nullable String email,
    @com.example.typed.nullness.Nullable Address address) {}
