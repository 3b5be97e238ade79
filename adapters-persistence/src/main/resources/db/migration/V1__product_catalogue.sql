-- The product catalogue: what keys grant access to.
CREATE TABLE product (
    code           VARCHAR(40)  PRIMARY KEY,
    name           VARCHAR(320) NOT NULL,
    key_prefix     VARCHAR(8)   NOT NULL,
    scopes         TEXT[]       NOT NULL,
    default_scopes TEXT[]       NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT product_key_prefix_unique UNIQUE (key_prefix),
    CONSTRAINT product_key_prefix_format CHECK (key_prefix ~ '^[a-z]{2,8}$'),
    CONSTRAINT product_defaults_are_scopes CHECK (default_scopes <@ scopes)
);
