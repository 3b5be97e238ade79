/** The product catalogue service: operators define and change products, everyone signed in reads them. */
package dev.keysmith.application.product;
