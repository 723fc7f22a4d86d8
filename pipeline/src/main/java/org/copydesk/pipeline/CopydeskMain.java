package org.copydesk.pipeline;

public final class CopydeskMain {
  public static void main(String[] args) {}
}
