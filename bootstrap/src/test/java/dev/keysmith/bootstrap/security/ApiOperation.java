package dev.keysmith.bootstrap.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One operation of the served OpenAPI document, as the hostile suite needs it. */
record ApiOperation(
        String method,
        String path,
        List<String> pathParams,
        List<String> queryParams,
        String bodyType,
        Map<String, Object> bodySchema,
        List<String> roles) {

    /** Every operation of the document's {@code paths}, in the document's order. */
    @SuppressWarnings("unchecked")
    static List<ApiOperation> all(Map<String, Object> document) {
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        List<ApiOperation> operations = new ArrayList<>();
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, value) -> {
            Map<String, Object> operation = (Map<String, Object>) value;
            List<String> inPath = new ArrayList<>();
            List<String> inQuery = new ArrayList<>();
            for (Object parameter : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                Map<String, Object> p = (Map<String, Object>) parameter;
                ("path".equals(p.get("in")) ? inPath : "query".equals(p.get("in")) ? inQuery : new ArrayList<String>())
                        .add((String) p.get("name"));
            }
            String bodyType = null;
            Map<String, Object> schema = null;
            Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
            if (body != null) {
                Map.Entry<String, Object> content = ((Map<String, Object>) body.get("content"))
                        .entrySet()
                        .iterator()
                        .next();
                bodyType = content.getKey();
                schema = (Map<String, Object>) ((Map<String, Object>) content.getValue()).get("schema");
            }
            List<String> roles = new ArrayList<>();
            for (Object requirement : (List<Object>) operation.getOrDefault("security", List.of())) {
                ((Map<String, List<String>>) requirement).values().forEach(roles::addAll);
            }
            operations.add(new ApiOperation(method.toUpperCase(), path, inPath, inQuery, bodyType, schema, roles));
        }));
        return operations;
    }

    boolean anonymous() {
        return roles.isEmpty();
    }

    String name() {
        return method + " " + path;
    }
}
