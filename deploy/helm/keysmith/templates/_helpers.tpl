{{- define "keysmith.labels" -}}
app.kubernetes.io/name: keysmith
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "keysmith.selector" -}}
app.kubernetes.io/name: keysmith
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}
