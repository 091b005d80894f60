package com.example.typed;

/** A postal address (Straße, café). */
public record Address(String street, String city, String country) {}
