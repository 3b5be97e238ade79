-- Products an operator marks enabled by default are enabled for every account created from then on; existing
-- accounts are unchanged until the operator applies the product to all (POST /v1/products/{code}/enable-for-all).
ALTER TABLE product ADD COLUMN enabled_by_default BOOLEAN NOT NULL DEFAULT FALSE;

-- In the database so that every way an account comes to be (API, console, later imports) gets them, in the
-- transaction that creates it. Runs with the privileges of whoever inserts the account (INSERT on product_access).
CREATE FUNCTION account_gets_default_products() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO product_access (account_id, product_code, state, decided_at)
    SELECT NEW.id, p.code, 'ENABLED', now() FROM product p WHERE p.enabled_by_default
    ON CONFLICT (account_id, product_code) DO NOTHING;
    RETURN NEW;
END
$$;

CREATE TRIGGER account_default_products AFTER INSERT ON account
    FOR EACH ROW EXECUTE FUNCTION account_gets_default_products();
