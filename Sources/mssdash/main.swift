import MSSCore

print(Dataset.supportedSchema)
