package dev.promptfit.bench;

import java.util.List;

/**
 * One element of the typed benchmark's answer: a catalogue line.
 *
 * @param sku the stock-keeping unit
 * @param name the product's name
 * @param quantity how many are in stock
 * @param price the unit price
 * @param inStock whether it can be ordered
 * @param category its shelf
 * @param tags search words
 */
public record Item(
    String sku,
    String name,
    int quantity,
    double price,
    boolean inStock,
    Item.Category category,
    List<String> tags) {

  /** Where an item is shelved. */
  public enum Category {
    TOOLS,
    GARDEN,
    KITCHEN,
    TOYS
  }
}
