package org.gongjian.stack;
public class Stack { public static void main(String[] a) {} }
