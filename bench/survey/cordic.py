# CORDIC sine/cosine in fixed point; >> on ToInt32 values as in JS
AG_CONST = 0.6072529350
def FIXED(X): return X * 65536.0
def FLOAT(X): return X / 65536.0
def i32(v):
    v = int(v) & 0xFFFFFFFF
    return v - 0x100000000 if v >= 0x80000000 else v
Angles = [FIXED(45.0), FIXED(26.565), FIXED(14.0362), FIXED(7.12502), FIXED(3.57633), FIXED(1.78991),
          FIXED(0.895174), FIXED(0.447614), FIXED(0.223811), FIXED(0.111906), FIXED(0.055953), FIXED(0.027977)]
def cordicsincos(Target):
    X = FIXED(AG_CONST); Y = 0; TargetAngle = FIXED(Target); CurrAngle = 0
    for Step in range(12):
        if TargetAngle > CurrAngle:
            NewX = X - (i32(Y) >> Step)
            Y = (i32(X) >> Step) + Y
            X = NewX
            CurrAngle += Angles[Step]
        else:
            NewX = X + (i32(Y) >> Step)
            Y = -(i32(X) >> Step) + Y
            X = NewX
            CurrAngle -= Angles[Step]
    return FLOAT(X) * FLOAT(Y)
total = 0
for i in range(60000):
    total += cordicsincos(i % 90 + 0.5)
result = "%.6f" % total
