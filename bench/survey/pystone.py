# Pystone (Dhrystone 1.1 in its Python form)
Ident1, Ident2, Ident3, Ident4, Ident5 = range(1, 6)
class Record:
    def __init__(self, PtrComp=None, Discr=0, EnumComp=0, IntComp=0, StringComp=0):
        self.PtrComp = PtrComp; self.Discr = Discr; self.EnumComp = EnumComp
        self.IntComp = IntComp; self.StringComp = StringComp
    def copy(self):
        return Record(self.PtrComp, self.Discr, self.EnumComp, self.IntComp, self.StringComp)
IntGlob = 0; BoolGlob = False; Char1Glob = '\0'; Char2Glob = '\0'
Array1Glob = [0] * 51
Array2Glob = [Array1Glob[:] for i in range(51)]
PtrGlb = None; PtrGlbNext = None

def Proc0(loops):
    global IntGlob, BoolGlob, Char1Glob, Char2Glob, Array1Glob, Array2Glob, PtrGlb, PtrGlbNext
    PtrGlbNext = Record()
    PtrGlb = Record()
    PtrGlb.PtrComp = PtrGlbNext; PtrGlb.Discr = Ident1; PtrGlb.EnumComp = Ident3
    PtrGlb.IntComp = 40; PtrGlb.StringComp = "DHRYSTONE PROGRAM, SOME STRING"
    String1Loc = "DHRYSTONE PROGRAM, 1'ST STRING"
    Array2Glob[8][7] = 10
    for i in range(loops):
        Proc5(); Proc4()
        IntLoc1 = 2; IntLoc2 = 3; IntLoc3 = 0
        String2Loc = "DHRYSTONE PROGRAM, 2'ND STRING"
        EnumLoc = Ident2
        BoolGlob = not Func2(String1Loc, String2Loc)
        while IntLoc1 < IntLoc2:
            IntLoc3 = 5 * IntLoc1 - IntLoc2
            IntLoc3 = Proc7(IntLoc1, IntLoc2)
            IntLoc1 = IntLoc1 + 1
        Proc8(Array1Glob, Array2Glob, IntLoc1, IntLoc3)
        PtrGlb = Proc1(PtrGlb)
        CharIndex = 'A'
        while CharIndex <= Char2Glob:
            if EnumLoc == Func1(CharIndex, 'C'):
                EnumLoc = Proc6(Ident1)
            CharIndex = chr(ord(CharIndex) + 1)
        IntLoc3 = IntLoc2 * IntLoc1
        IntLoc2 = IntLoc3 // IntLoc1
        IntLoc2 = 7 * (IntLoc3 - IntLoc2) - IntLoc1
        IntLoc1 = Proc2(IntLoc1)
def Proc1(PtrParIn):
    PtrParIn.PtrComp = NextRecord = PtrGlb.copy()
    PtrParIn.IntComp = 5
    NextRecord.IntComp = PtrParIn.IntComp
    NextRecord.PtrComp = PtrParIn.PtrComp
    NextRecord.PtrComp = Proc3(NextRecord.PtrComp)
    if NextRecord.Discr == Ident1:
        NextRecord.IntComp = 6
        NextRecord.EnumComp = Proc6(PtrParIn.EnumComp)
        NextRecord.PtrComp = PtrGlb.PtrComp
        NextRecord.IntComp = Proc7(NextRecord.IntComp, 10)
    else:
        PtrParIn = NextRecord.copy()
    NextRecord.PtrComp = None
    return PtrParIn
def Proc2(IntParIO):
    IntLoc = IntParIO + 10
    EnumLoc = None
    while True:
        if Char1Glob == 'A':
            IntLoc = IntLoc - 1; IntParIO = IntLoc - IntGlob; EnumLoc = Ident1
        if EnumLoc == Ident1:
            break
    return IntParIO
def Proc3(PtrParOut):
    global IntGlob
    if PtrGlb is not None:
        PtrParOut = PtrGlb.PtrComp
    else:
        IntGlob = 100
    PtrGlb.IntComp = Proc7(10, IntGlob)
    return PtrParOut
def Proc4():
    global Char2Glob
    BoolLoc = Char1Glob == 'A'
    BoolLoc = BoolLoc or BoolGlob
    Char2Glob = 'B'
def Proc5():
    global Char1Glob, BoolGlob
    Char1Glob = 'A'; BoolGlob = False
def Proc6(EnumParIn):
    EnumParOut = EnumParIn
    if not Func3(EnumParIn):
        EnumParOut = Ident4
    if EnumParIn == Ident1:
        EnumParOut = Ident1
    elif EnumParIn == Ident2:
        EnumParOut = Ident1 if IntGlob > 100 else Ident4
    elif EnumParIn == Ident3:
        EnumParOut = Ident2
    elif EnumParIn == Ident4:
        pass
    elif EnumParIn == Ident5:
        EnumParOut = Ident3
    return EnumParOut
def Proc7(IntParI1, IntParI2):
    IntLoc = IntParI1 + 2
    return IntParI2 + IntLoc
def Proc8(Array1Par, Array2Par, IntParI1, IntParI2):
    global IntGlob
    IntLoc = IntParI1 + 5
    Array1Par[IntLoc] = IntParI2
    Array1Par[IntLoc + 1] = Array1Par[IntLoc]
    Array1Par[IntLoc + 30] = IntLoc
    for IntIndex in range(IntLoc, IntLoc + 2):
        Array2Par[IntLoc][IntIndex] = IntLoc
    Array2Par[IntLoc][IntLoc - 1] = Array2Par[IntLoc][IntLoc - 1] + 1
    Array2Par[IntLoc + 20][IntLoc] = Array1Par[IntLoc]
    IntGlob = 5
def Func1(CharPar1, CharPar2):
    CharLoc1 = CharPar1
    CharLoc2 = CharLoc1
    if CharLoc2 != CharPar2:
        return Ident1
    return Ident2
def Func2(StrParI1, StrParI2):
    IntLoc = 1
    CharLoc = None
    while IntLoc <= 1:
        if Func1(StrParI1[IntLoc], StrParI2[IntLoc + 1]) == Ident1:
            CharLoc = 'A'
            IntLoc = IntLoc + 1
    if CharLoc is not None and 'W' <= CharLoc <= 'Z':
        IntLoc = 7
    if CharLoc == 'X':
        return True
    if StrParI1 > StrParI2:
        IntLoc = IntLoc + 7
        return True
    return False
def Func3(EnumParIn):
    return EnumParIn == Ident3
Proc0(20000)
def _js(v):
    return ("true" if v else "false") if isinstance(v, bool) else str(v)
result = ",".join(_js(v) for v in [IntGlob, BoolGlob, Char1Glob, Char2Glob, Array1Glob[8], Array2Glob[8][7], PtrGlb.IntComp, PtrGlb.EnumComp])
