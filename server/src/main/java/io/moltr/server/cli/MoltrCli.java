package io.moltr.server.cli; public class MoltrCli { public static void main(String[] a) { System.out.println(io.moltr.core.Version.VALUE); } }
