package com.example.typed;

import java.util.List;

/**
 * A node of an outline.
 *
 * @param label its heading
 * @param children the nodes below it
 */
public record TreeNode(String label, List<TreeNode> children) {}
