import struct

print(hex(3735928559), (1.5).hex(), struct.pack(">d", 0.1).hex())
print(hex(id(None)) == hex(id(None)))
print(object.__repr__(None).split(" at ")[0])
